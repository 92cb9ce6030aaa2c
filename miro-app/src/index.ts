/**
 * The Miro app's headless entry (`index.html`, loaded with the board): it only opens the panel
 * when the user clicks the app icon. This and `app.tsx` are the only files that touch the global
 * `miro`; everything else receives `miro.board` as a parameter.
 */
miro.board.ui.on('icon:click', () => {
  miro.board.ui.openPanel({ url: 'app.html' }).catch((error: unknown) => {
    console.error('Parcours: could not open the panel', error);
  });
});
