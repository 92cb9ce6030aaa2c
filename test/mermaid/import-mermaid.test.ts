import { describe, expect, it } from 'vitest';
import { JOURNEY_SCHEMA_VERSION, importMermaid, stableId, type ImportResult, type Journey } from '../../core/src/index.js';
import { asWritten } from '../words/as-written.js';

function journeyOf(text: string, filename?: string): Journey {
  const result = importMermaid(text, filename === undefined ? {} : { filename });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.journey;
}

function warningsOf(text: string): { row?: number; message: string }[] {
  const result = importMermaid(text, {});
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.warnings.map(({ row, message }) => (row === undefined ? { message } : { row, message }));
}

const tasks = (journey: Journey) => journey.cards.map((card) => [card.text, card.score]);

describe('importMermaid', () => {
  it('turns sections, tasks, scores and actors into a whole journey', () => {
    const text = ['journey', '  title My working day', '  section Go to work', '    Make tea: 5: Me', '    Do work: 1: Me, Cat', '  section Go home', '    Sit down: 4: Me'].join('\n');
    const work = stableId('stage', 'Go to work', 0);
    const home = stableId('stage', 'Go home', 0);
    const me = stableId('persona', 'Me');
    const cat = stableId('persona', 'Cat');
    const actions = stableId('lane', 'actions');
    const persona = (id: string, name: string) => ({ id, name, goals: [], motivations: [], frustrations: [] });
    expect(journeyOf(text)).toEqual({
      schemaVersion: JOURNEY_SCHEMA_VERSION,
      id: stableId('journey', 'my working day'),
      title: 'My working day',
      locale: 'en',
      personas: [persona(me, 'Me'), persona(cat, 'Cat')],
      stages: [
        { id: work, name: 'Go to work' },
        { id: home, name: 'Go home' },
      ],
      lanes: [
        { id: actions, kind: 'actions', title: 'Actions' },
        { id: stableId('lane', 'emotions'), kind: 'emotions', title: 'Emotion' },
      ],
      cards: [
        { id: stableId('card', work, 'Make tea', 0), stageId: work, laneId: actions, text: 'Make tea', personaIds: [me], score: 2, sources: [] },
        { id: stableId('card', work, 'Do work', 0), stageId: work, laneId: actions, text: 'Do work', personaIds: [me, cat], score: -2, sources: [] },
        { id: stableId('card', home, 'Sit down', 0), stageId: home, laneId: actions, text: 'Sit down', personaIds: [me], score: 1, sources: [] },
      ],
      emotions: [
        { stageId: work, personaId: me, score: 0, n: 2, min: -2, max: 2 },
        { stageId: work, personaId: cat, score: -2, n: 1, min: -2, max: -2 },
        { stageId: home, personaId: me, score: 1, n: 1, min: 1, max: 1 },
      ],
    });
  });

  it('reports what it read', () => {
    const result = importMermaid('journey\nsection A\n  t: 3: X\n  u: 4', { filename: 'a.mmd' });
    expect(asWritten(result.ok && result.report)).toEqual({
      file: 'a.mmd',
      format: 'mermaid',
      scale: '1-5',
      columns: [],
      unknownColumns: [],
      rows: 2,
      unit: 'lines',
      stages: 1,
      cards: 2,
      personas: 1,
    });
  });

  it.each([
    [1, -2],
    [2, -1],
    [3, 0],
    [4, 1],
    [5, 2],
    ['4.5', 1.5],
  ])('maps Mermaid score %s linearly onto %s', (score, expected) => {
    expect(journeyOf(`journey\nsection S\n  t: ${score}`).cards[0]?.score).toBe(expected);
  });

  it('gives one emotion per stage, without persona, when no task names an actor', () => {
    const journey = journeyOf('journey\nsection S\n  a: 5\n  b: 2\n  c: size');
    expect(journey.emotions).toEqual([{ stageId: journey.stages[0]?.id, score: 0.5, n: 2, min: -1, max: 2 }]);
  });

  it('has no emotion lane when no task has a score', () => {
    expect(journeyOf('journey\nsection S').lanes.map((lane) => lane.kind)).toEqual(['actions']);
  });

  describe('syntax Mermaid accepts', () => {
    it('reads the title from indented YAML front matter after blank lines', () => {
      const journey = journeyOf('\n    ---\n    config:\n      theme: dark\n    title: "Front: matter"\n    ---\n     journey\n      section A');
      expect(journey.title).toBe('Front: matter');
    });

    it("reads a single-quoted front matter title with an escaped quote", () => {
      expect(journeyOf("---\ntitle: 'It''s mine'\n---\njourney").title).toBe("It's mine");
    });

    it('prefers the title statement over the front matter title', () => {
      expect(journeyOf('---\ntitle: Front\n---\njourney\ntitle Statement').title).toBe('Statement');
    });

    it('ignores a nested "title:" inside front matter config', () => {
      expect(journeyOf('---\nconfig:\n  title: nested\n---\njourney', 'fallback.mmd').title).toBe('Fallback');
    });

    it('ignores %%{init}%% directives, on one line or several', () => {
      const text = "%%{init: { 'theme': 'forest' } }%%\njourney\n%%{\n  init: {\n    'logLevel': 0\n  }\n}%%\nsection A\n  t: 5";
      expect(tasks(journeyOf(text))).toEqual([['t', 2]]);
    });

    it('ignores %% comments, whole-line and trailing', () => {
      const text = '%% before\njourney %% here\n  %% a comment: 5: Me\n  section A %% trailing\n  t: 5: Me %% who';
      const journey = journeyOf(text);
      expect(journey.stages.map((stage) => stage.name)).toEqual(['A']);
      expect(journey.personas.map((persona) => persona.name)).toEqual(['Me']);
    });

    it('reads keywords in any case', () => {
      const journey = journeyOf('JOURNEY\nTitle Upper\nSECTION A\n  t: 5');
      expect([journey.title, journey.stages[0]?.name]).toEqual(['Upper', 'A']);
    });

    it('reads a statement on the same line as "journey"', () => {
      expect(journeyOf('journey title Same line').title).toBe('Same line');
    });

    it('uses accTitle as the title when there is no other', () => {
      expect(journeyOf('journey\naccTitle: The title\nsection A').title).toBe('The title');
    });

    it('keeps a one-line accDescr as the description', () => {
      expect(journeyOf('journey\naccDescr: A journey: for #35;1').description).toBe('A journey: for #1');
    });

    it('keeps a multi-line accDescr { … } and reads a statement right after its closing brace', () => {
      const journey = journeyOf('journey\naccDescr {\n        A user journey for\n        family shopping\n      }title Shopping');
      expect([journey.description, journey.title]).toEqual(['A user journey for\nfamily shopping', 'Shopping']);
    });

    it('reads tasks with odd spacing around the colons and commas', () => {
      const journey = journeyOf('journey\nsection A\n  register slug :5 :  Alice ,Bob  \n  other:1:Carol');
      expect(journey.cards.map((card) => [card.text, card.score, card.personaIds?.length])).toEqual([
        ['register slug', 2, 2],
        ['other', -2, 1],
      ]);
      expect(journey.personas.map((persona) => persona.name)).toEqual(['Alice', 'Bob', 'Carol']);
    });

    it.each(['<br>', '<br/>', '<br />', '</br />', '<BR>', '<br\t/>'])('turns %s into a line break', (br) => {
      expect(journeyOf(`journey\nsection Line1${br}Line2\n  a${br}b: 3`).cards[0]?.text).toBe('a\nb');
      expect(journeyOf(`journey\nsection Line1${br}Line2`).stages[0]?.name).toBe('Line1\nLine2');
    });

    it.each([
      ['#35;', '#'],
      ['#59;', ';'],
      ['#58;', ':'],
      ['#44;', ','],
      ['#60;', '<'],
      ['#9829;', '♥'],
      ['#quot;', '"'],
      ['#amp;', '&'],
      ['#unknownname;', '#unknownname;'],
    ])('decodes the entity code %s into %s', (code, char) => {
      expect(journeyOf(`journey\nsection S\n  a${code}b: 3`).cards[0]?.text).toBe(`a${char}b`);
    });

    it('keeps an encoded comma inside one actor name', () => {
      expect(journeyOf('journey\nsection S\n  t: 4: Ops#44; EU, Dev').personas.map((persona) => persona.name)).toEqual(['Ops, EU', 'Dev']);
    });

    it('reads Windows line endings and a byte order mark', () => {
      expect(tasks(journeyOf('\uFEFFjourney\r\ntitle T\r\nsection A\r\n  t: 5: Me\r\n'))).toEqual([['t', 2]]);
    });
  });

  describe('identity', () => {
    it('gives the same ids for the same input', () => {
      const text = 'journey\ntitle T\nsection A\n  t: 5: Me';
      expect(journeyOf(text)).toEqual(journeyOf(text));
    });

    it('keeps repeated section names as separate stages with distinct ids', () => {
      const journey = journeyOf('journey\nsection A\n  t: 5\nsection B\nsection A\n  t: 5');
      expect(journey.stages.map((stage) => stage.name)).toEqual(['A', 'B', 'A']);
      expect(new Set(journey.stages.map((stage) => stage.id)).size).toBe(3);
      expect(new Set(journey.cards.map((card) => card.id)).size).toBe(2);
    });

    it('keeps the ids of existing stages and cards when a section is inserted before them', () => {
      const before = journeyOf('journey\nsection A\n  t: 5\nsection B\n  u: 3');
      const after = journeyOf('journey\nsection New\n  n: 1\nsection A\n  t: 5\nsection B\n  u: 3');
      expect(after.stages.slice(1).map((stage) => stage.id)).toEqual(before.stages.map((stage) => stage.id));
      expect(after.cards.slice(1).map((card) => card.id)).toEqual(before.cards.map((card) => card.id));
    });

    it('derives the journey id from the title, else from the sections, never from the file name', () => {
      expect(journeyOf('journey\ntitle T', 'a.mmd').id).toBe(stableId('journey', 't'));
      expect(journeyOf('journey\ntitle T', 'b.mmd').id).toBe(stableId('journey', 't'));
      expect(journeyOf('journey\nsection A', 'dir/day.mmd')).toMatchObject({ id: stableId('journey', 'stages', 'a'), title: 'Day' });
      expect(journeyOf('journey\nsection A', 'dir/day-wave2.mmd').id).toBe(stableId('journey', 'stages', 'a'));
    });

    it('calls an untitled journey without file name "Untitled journey"', () => {
      expect(journeyOf('journey\nsection A').title).toBe('Untitled journey');
    });
  });

  describe('locale', () => {
    it('is French when the text clearly is', () => {
      const journey = journeyOf('journey\ntitle Mon parcours du matin\nsection Aller au travail\n  Prendre le café: 5: Moi\nsection Rentrer à la maison\n  Se reposer: 3: Moi');
      expect(journey.locale).toBe('fr');
      expect(journey.lanes.map((lane) => lane.title)).toEqual(['Actions', 'Émotion']);
    });

    it('is English otherwise, even with a French word or two', () => {
      expect(journeyOf('journey\ntitle Café day\nsection Go to work\n  Make tea: 5: Me').locale).toBe('en');
    });
  });

  describe('quirks, reported as located warnings instead of copied silently', () => {
    it('keeps a stray "size: 2rem" line as a task without score', () => {
      expect(asWritten(warningsOf('journey\nsection A\n  t: 5\n\n  size: 2rem'))).toEqual([
        { row: 5, message: 'task "size" has "2rem" where Mermaid expects a score 1…5; kept without a score' },
      ]);
    });

    it('drops the empty actor of "Task: 5:"', () => {
      const text = 'journey\nsection A\n  Sign up: 5:';
      expect(journeyOf(text).cards[0]?.personaIds).toBeUndefined();
      expect(asWritten(warningsOf(text))).toEqual([{ row: 3, message: 'task "Sign up" lists an empty actor (nothing after ":" or between commas); ignored' }]);
    });

    it('drops an empty actor between commas and a repeated actor', () => {
      const text = 'journey\nsection A\n  t: 5: Me, , Me';
      expect(journeyOf(text).personas.map((persona) => persona.name)).toEqual(['Me']);
      expect(asWritten(warningsOf(text).map((warning) => warning.row))).toEqual([3, 3]);
    });

    it('puts tasks before any section into a "(no section)" stage', () => {
      const text = 'journey\ntitle T\n  early: 4\nsection A\n  t: 5';
      expect(journeyOf(text).stages.map((stage) => stage.name)).toEqual(['(no section)', 'A']);
      expect(asWritten(warningsOf(text))).toEqual([{ row: 3, message: 'task "early" comes before any section: put in a stage called "(no section)"' }]);
    });

    it('keeps a task with no score at all', () => {
      const text = 'journey\nsection A\n  Wait for approval';
      expect(tasks(journeyOf(text))).toEqual([['Wait for approval', undefined]]);
      expect(warningsOf(text)[0]?.row).toBe(3);
    });

    it.each([
      ['0', -2],
      ['7', 2],
    ])('clamps score %s into 1…5', (score, expected) => {
      const text = `journey\nsection A\n  t: ${score}`;
      expect(journeyOf(text).cards[0]?.score).toBe(expected);
      expect(asWritten(warningsOf(text)[0]?.message)).toContain('outside 1…5');
    });

    it('ignores what follows a raw "#", as Mermaid does, and says so', () => {
      const text = 'journey\nsection PR #12\n  t: 5';
      expect(journeyOf(text).stages[0]?.name).toBe('PR');
      expect(asWritten(warningsOf(text))).toEqual([{ row: 2, message: '"#12" is ignored: Mermaid reads "#" as the start of a comment (write #35; for a literal "#")' }]);
    });

    it('keeps a raw ";" that Mermaid would reject, and says so', () => {
      const text = 'journey\nsection A\n  a;b: 5';
      expect(journeyOf(text).cards[0]?.text).toBe('a;b');
      expect(asWritten(warningsOf(text)[0])).toMatchObject({ row: 3 });
    });

    it('ignores text after a third colon, as Mermaid does', () => {
      const text = 'journey\nsection A\n  t: 5: Me: extra';
      expect(journeyOf(text).personas.map((persona) => persona.name)).toEqual(['Me']);
      expect(asWritten(warningsOf(text)[0])).toMatchObject({ row: 3 });
    });

    it('warns once when accTitle differs from the title and is not kept', () => {
      expect(asWritten(warningsOf('journey\ntitle A\naccTitle: B\nsection S').map((warning) => warning.row))).toEqual([3]);
    });

    it('warns about a map without sections', () => {
      expect(asWritten(warningsOf('journey\ntitle Empty'))).toEqual([{ message: 'the journey has no section: the map is empty' }]);
    });
  });

  describe('input that is not a journey', () => {
    it.each([
      ['an empty file', '', undefined],
      ['only comments', '%% nothing\n\n', undefined],
      ['another diagram', 'graph TD\n  A --> B', 1],
      ['text before "journey"', '\n\nhello\njourney', 3],
      ['front matter that is never closed', '---\ntitle: x\njourney', 1],
    ])('rejects %s with a located problem', (_name, text, row) => {
      const result: ImportResult = importMermaid(text, { filename: 'x.mmd' });
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.problems).toHaveLength(1);
      expect(asWritten(result.problems[0])).toMatchObject({ file: 'x.mmd' });
      expect(result.problems[0]?.row).toBe(row);
    });

    it('rejects a task name past the text limit, at its line', () => {
      const result = importMermaid(`journey\nsection A\n  ${'x'.repeat(10_001)}: 5`, {});
      expect(result.ok).toBe(false);
      expect(!result.ok && result.problems[0]?.row).toBe(3);
    });

    it('shortens a section name past 500 characters, visibly, with a warning', () => {
      const text = `journey\nsection ${'s'.repeat(600)}`;
      expect(journeyOf(text).stages[0]?.name).toHaveLength(500);
      expect(journeyOf(text).stages[0]?.name.endsWith('…')).toBe(true);
      expect(asWritten(warningsOf(text)[0])).toMatchObject({ row: 2 });
    });
  });
});
