import { describe, expect, test } from 'vitest';
import type { BoardCheck } from '../../ui/state/board-check.js';
import { describeBoardCheck, withoutIds } from '../../ui/state/describe-board-check.js';

/** A FigJam check where everything is as Parcours assumes. */
const FIGJAM_OK: BoardCheck = {
  items: [
    { kind: 'sticky', expected: { w: 240, h: 240 }, size: { w: 240, h: 240 }, withLongText: { w: 240, h: 336 }, font: { family: 'Inter', style: 'Medium', size: 16 } },
    { kind: 'shape', expected: { w: 200, h: 100 }, size: { w: 200, h: 100 }, font: { family: 'Inter', style: 'Medium', size: 16 } },
    { kind: 'text', expected: { w: 300 }, size: { w: 300, h: 19.5 }, font: { family: 'Inter', style: 'Medium', size: 12 } },
  ],
  fonts: [
    { family: 'Inter', style: 'Medium', loaded: true },
    { family: 'Inter', style: 'Bold', loaded: true },
  ],
  hiddenData: { ok: true },
  cleanup: { created: 3, removed: 3 },
  measured: { sticky: { w: 240, h: 240 } },
};

/** A Miro check with a taller sticky note, a shape that failed, metadata not read back and an item left. */
const MIRO_TROUBLE: BoardCheck = {
  items: [
    { kind: 'sticky', expected: { w: 199, h: 228 }, size: { w: 199, h: 1234.5 } },
    { kind: 'shape', expected: { w: 200, h: 100 }, error: { step: 'create', message: 'Item 3458764500000123 is locked' } },
    { kind: 'text', expected: { w: 300 }, size: { w: 320, h: 20 }, font: { family: 'open_sans', size: 14 } },
  ],
  fonts: [],
  hiddenData: { ok: false, error: { step: 'read', message: 'Network error' } },
  cleanup: { created: 2, removed: 1, error: 'Item 3458764500000124 is locked' },
  measured: { sticky: { w: 199, h: 1234.5 } },
};

describe('describeBoardCheck', () => {
  test('FigJam, all as assumed, in English: every line OK, the copied text line by line', () => {
    const report = describeBoardCheck(FIGJAM_OK, 'figjam', 'en');
    expect(report.status).toBe('ok');
    expect(report.text).toBe(
      [
        'Parcours board check on FigJam',
        'Everything Parcours relies on works on this board.',
        '✓ Sticky note: 240 × 240, as expected; 240 × 336 with a long text; font Inter Medium, size 16',
        '✓ Shape: 200 × 100, as expected; font Inter Medium, size 16',
        '✓ Text: 300 × 19.5, width as expected; font Inter Medium, size 12',
        '✓ Font Inter Medium: loads',
        '✓ Font Inter Bold: loads',
        '✓ Hidden data (plugin data): written and read back intact',
        '✓ Test items: 3 created, all removed',
      ].join('\n'),
    );
  });

  test('the same in French, numbers in the French way', () => {
    const report = describeBoardCheck(FIGJAM_OK, 'figjam', 'fr');
    expect(report.text).toBe(
      [
        'Vérification Parcours sur FigJam',
        'Tout ce dont Parcours a besoin fonctionne sur ce tableau.',
        '✓ Post-it : 240 × 240, comme prévu ; 240 × 336 avec un texte long ; police Inter Medium, taille 16',
        '✓ Forme : 200 × 100, comme prévu ; police Inter Medium, taille 16',
        '✓ Texte : 300 × 19,5, largeur comme prévu ; police Inter Medium, taille 12',
        '✓ Police Inter Medium : se charge',
        '✓ Police Inter Bold : se charge',
        '✓ Données cachées (plugin data) : écrites et relues intactes',
        '✓ Éléments de test : 3 créés, tous retirés',
      ].join('\n'),
    );
  });

  test('Miro with problems, in English: differences, failures, what is left, no item id', () => {
    const report = describeBoardCheck(MIRO_TROUBLE, 'miro', 'en');
    expect(report.status).toBe('fail');
    expect(report.verdict).toBe('3 problems found: see below, and copy the report to send it.');
    expect(report.lines).toEqual([
      { status: 'warn', text: 'Sticky note: 199 × 1,234.5 (Parcours expected 199 × 228)' },
      { status: 'fail', text: 'Shape: could not be created (Item … is locked)' },
      { status: 'warn', text: 'Text: 320 × 20 (Parcours expected a width of 300); font open_sans, size 14' },
      { status: 'fail', text: 'Hidden data (item metadata): could not be read back (Network error)' },
      {
        status: 'fail',
        text: 'Test items: 1 of 2 could not be removed; they are left of your work, remove them by hand (Item … is locked)',
      },
      { status: 'info', text: 'Maps are now laid out for sticky notes as measured (199 × 1,234.5).' },
    ]);
    expect(report.text).not.toMatch(/\d{8,}/);
  });

  test('the same in French: 1 234,5 with a narrow no-break space, as French writes it', () => {
    const report = describeBoardCheck(MIRO_TROUBLE, 'miro', 'fr');
    expect(report.verdict).toBe('3 problèmes trouvés : voir ci-dessous, et copiez le rapport pour l’envoyer.');
    expect(report.lines.map((line) => line.text)).toEqual([
      'Post-it : 199 × 1\u202f234,5 (Parcours attendait 199 × 228)',
      'Forme : création impossible (Item … is locked)',
      'Texte : 320 × 20 (Parcours attendait une largeur de 300) ; police open_sans, taille 14',
      'Données cachées (métadonnées d’élément) : relecture impossible (Network error)',
      'Éléments de test : 1 sur 2 n’ont pas pu être retirés ; ils sont à gauche de votre travail, retirez-les à la main (Item … is locked)',
      'Les cartes sont désormais mises en page pour des post-it tels que mesurés (199 × 1\u202f234,5).',
    ]);
  });

  test('differences alone: the verdict counts them, the check is a warning', () => {
    const check: BoardCheck = { ...FIGJAM_OK, items: [{ kind: 'sticky', expected: { w: 240, h: 240 }, size: { w: 240, h: 260 } }], measured: { sticky: { w: 240, h: 260 } } };
    const report = describeBoardCheck(check, 'figjam', 'en');
    expect(report.status).toBe('warn');
    expect(report.verdict).toBe('1 difference from what Parcours assumes.');
    expect(report.lines.at(-1)).toEqual({ status: 'info', text: 'Maps are now laid out for sticky notes as measured (240 × 260).' });
  });

  test('sizes within half a unit are the same size: no difference, no note', () => {
    const check: BoardCheck = { ...FIGJAM_OK, items: [{ kind: 'sticky', expected: { w: 199, h: 228 }, size: { w: 199.2, h: 227.6 } }], measured: { sticky: { w: 199.2, h: 227.6 } } };
    const report = describeBoardCheck(check, 'miro', 'en');
    expect(report.status).toBe('ok');
    expect(report.lines[0]).toEqual({ status: 'ok', text: 'Sticky note: 199.2 × 227.6, as expected' });
    expect(report.lines.some((line) => line.status === 'info')).toBe(false);
  });

  test('a font that does not load, and no test sticky for the round trip', () => {
    const check: BoardCheck = {
      ...FIGJAM_OK,
      items: [{ kind: 'sticky', expected: { w: 240, h: 240 }, error: { step: 'create', message: 'node limit reached' } }],
      fonts: [{ family: 'Inter', style: 'Bold', loaded: false, error: 'no answer within 15000 ms' }],
      hiddenData: { ok: false },
      measured: {},
    };
    const report = describeBoardCheck(check, 'figjam', 'en');
    expect(report.lines.map((line) => `${line.status} ${line.text}`)).toEqual([
      'fail Sticky note: could not be created (node limit reached)',
      'fail Font Inter Bold: does not load (no answer within 15000 ms)',
      'info Hidden data (plugin data): not tried, there was no test sticky',
      'ok Test items: 3 created, all removed',
    ]);
    expect(report.verdict).toBe('2 problems found: see below, and copy the report to send it.');
  });

  test('the playground is named as a simulated Miro board', () => {
    expect(describeBoardCheck(FIGJAM_OK, 'playground', 'en').heading).toBe('Parcours board check on the playground (simulated Miro board)');
    expect(describeBoardCheck(FIGJAM_OK, 'playground', 'fr').heading).toBe('Vérification Parcours sur le bac à sable (tableau Miro simulé)');
  });
});

describe('withoutIds', () => {
  test.each([
    ['Item not found: unknown id 3458764500000001', 'Item not found: unknown id …'],
    ['The node with id "12:345" does not exist', 'The node with id "…" does not exist'],
    ['Instance sublayer I12:3;45:6 is locked', 'Instance sublayer … is locked'],
    ['Width must be at most 25000', 'Width must be at most 25000'],
    ['line one\n  line two', 'line one line two'],
  ])('%s → %s', (message, shown) => {
    expect(withoutIds(message)).toBe(shown);
  });

  test('a long message is cut with an ellipsis', () => {
    const shown = withoutIds('x'.repeat(500));
    expect(shown).toHaveLength(160);
    expect(shown.endsWith('…')).toBe(true);
  });
});
