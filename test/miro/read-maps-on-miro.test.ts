import { describe, expect, test } from 'vitest';
import { createMiroPanelHost } from '../../miro-app/src/miro-panel-host.js';
import { readMapsOnMiro } from '../../miro-app/src/read-maps-on-miro.js';
import { createMiroFake } from '../fakes/miro-fake.js';
import { fixtureLayout } from './fixture-layout.js';

const quick = { pacing: { maxInFlight: 4 }, retry: { baseMs: 2, maxMs: 10 } };

describe('readMapsOnMiro', () => {
  test('lists each placed map from its frame’s metadata and title; reads only, one get and a metadata read per frame', async () => {
    const fake = createMiroFake();
    const host = createMiroPanelHost(fake.board, { locale: 'fr', userId: 'u1', place: quick });
    const layout = fixtureLayout();
    await host.place(layout, {});
    const retitled = layout.primitives.map((primitive) => (primitive.key === 'frame' ? { ...primitive, text: 'Achat en ligne' } : primitive));
    await host.place({ ...layout, journeyId: 'journey-second', title: 'Achat en ligne', primitives: retitled }, {});
    // A frame the user drew, and one carrying another app's or a broken metadata: not maps of ours.
    const own = await fake.board.createFrame({ title: 'Notes', x: 9000, y: 9000, width: 200, height: 200 });
    const foreign = await fake.board.createFrame({ title: 'Other app', x: 9500, y: 9000, width: 200, height: 200 });
    await foreign.setMetadata('parcours', { v: 2, j: 'x' });
    const from = fake.log.length;

    const maps = await readMapsOnMiro(fake.board, (_name, call) => call());

    expect(maps).toEqual([
      { journeyId: 'journey-second', title: 'Achat en ligne' },
      { journeyId: layout.journeyId, title: layout.title },
    ]);
    const calls = fake.log.slice(from).map((call) => call.method);
    expect(calls.filter((method) => method === 'board.get')).toHaveLength(1);
    expect(calls.filter((method) => method === 'frame.getMetadata')).toHaveLength(4);
    expect(fake.writes(from)).toEqual([]);
    expect(own.title).toBe('Notes');
  });

  test('a frame renamed on the board is listed under the name it shows', async () => {
    const fake = createMiroFake();
    const host = createMiroPanelHost(fake.board, { locale: 'fr', userId: 'u1', place: quick });
    await host.place(fixtureLayout(), {});
    const [frame] = await fake.board.get({ type: ['frame'] });
    if (frame?.type !== 'frame') throw new Error('no frame placed');
    frame.title = 'Renamed by hand';
    await frame.sync();
    expect(await host.listMaps?.()).toEqual([{ journeyId: fixtureLayout().journeyId, title: 'Renamed by hand' }]);
  });

  test('an empty board has no map', async () => {
    expect(await readMapsOnMiro(createMiroFake().board, (_name, call) => call())).toEqual([]);
  });
});
