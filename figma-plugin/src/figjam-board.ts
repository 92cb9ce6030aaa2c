// What FigJam's board is like for a map, shared by the panel (layout) and the main thread (the
// board check): no import beyond ECMAScript, so both sides can load it.

/**
 * FigJam stickies are 240 × 240 and grow taller with their text (PRODUCT.md §11; sticky sizes in
 * FigJam's help, https://help.figma.com/hc/en-us/articles/1500004414322-Sticky-notes-in-FigJam#Size):
 * the layout is made for that size, and sizes long texts for the growth.
 */
export const FIGJAM_STICKY_SIZE = { w: 240, h: 240 } as const;

/** How FigJam draws a map: its fixed sticky, and stickies and shapes that grow with their text. */
export const FIGJAM_BOARD = { fixedStickySize: FIGJAM_STICKY_SIZE, board: { sticky: FIGJAM_STICKY_SIZE, itemsGrow: true } } as const;
