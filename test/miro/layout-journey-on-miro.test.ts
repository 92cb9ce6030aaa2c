import { describe, expect, test } from 'vitest';
import { layoutJourney, type Journey } from '../../core/src/index.js';
import { expandForMiro } from '../../miro-app/src/expand-for-miro.js';
import { miroVisibleText } from '../../miro-app/src/miro-visible-text.js';
import { readText } from '../../miro-app/src/read-placed-on-miro.js';
import { placeOnMiro } from '../../miro-app/src/place-on-miro.js';
import { createMiroFake } from '../fakes/miro-fake.js';
import { bankJourney } from '../layout/bank-journey.js';
import { boardSnapshot } from './board-snapshot.js';

const fast = { pacing: { maxInFlight: 8 } } as const;

describe('a real layout (layoutJourney of the bank journey) on Miro', () => {
  test('every primitive becomes one item, all inside the frame, each showing its text', async () => {
    const layout = layoutJourney(bankJourney());
    const fake = createMiroFake();
    const report = await placeOnMiro(fake.board, layout, fast);
    const expanded = expandForMiro(layout);
    expect(report).toMatchObject({ created: expanded.primitives.length, failed: 0, problems: [] });

    const { items, unmarked, duplicates } = boardSnapshot(fake);
    expect([unmarked, duplicates]).toEqual([0, []]);
    const frame = items.frame!;
    for (const primitive of expanded.primitives) {
      const item = items[primitive.key]!;
      if (primitive.kind === 'frame') continue;
      if (primitive.kind === 'connector') {
        expect(item.ends).toEqual([primitive.from, primitive.to]);
        continue;
      }
      expect(item.parent).toBe('frame');
      // The centre is where the layout put it, from the frame's top-left corner, inside the frame.
      expect([item.x, item.y]).toEqual([primitive.box.x + primitive.box.w / 2, primitive.box.y + primitive.box.h / 2]);
      expect(item.x! >= 0 && item.x! <= frame.width! && item.y! >= 0 && item.y! <= frame.height!).toBe(true);
    }
    for (const stored of fake.items()) {
      const key = (stored.metadata.parcours as { k: string }).k;
      const primitive = expanded.primitives.find((candidate) => candidate.key === key)!;
      const view = (await fake.board.get({ type: [stored.type] })).find((item) => item.id === stored.id)!;
      expect(readText(view).replace(/\s+/g, ' ')).toBe(miroVisibleText(primitive).replace(/\s+/g, ' '));
    }
  });

  test('re-importing the same journey writes nothing; a new emotion score moves one point', async () => {
    const journey = bankJourney();
    const fake = createMiroFake();
    await placeOnMiro(fake.board, layoutJourney(journey), fast);
    const before = fake.log.length;
    expect(await placeOnMiro(fake.board, layoutJourney(journey), fast)).toMatchObject({ created: 0, updated: 0, removed: 0 });
    expect(fake.writes(before)).toEqual([]);

    const emotion = journey.emotions[0]!;
    const changed: Journey = { ...journey, emotions: [{ ...emotion, score: emotion.score > 0 ? -1.5 : 1.5 }, ...journey.emotions.slice(1)] };
    const report = await placeOnMiro(fake.board, layoutJourney(changed), fast);
    expect(report).toMatchObject({ created: 0, removed: 0, failed: 0 });
    expect(report.updated).toBeGreaterThan(0);
    expect(boardSnapshot(fake).duplicates).toEqual([]);
  });
});
