import { describe, expect, test } from 'vitest';
import { handlePanelMessages } from '../../figma-plugin/src/handle-panel-message.js';
import { parsePluginMessage } from '../../figma-plugin/src/messages.js';
import { placeOnFigJam } from '../../figma-plugin/src/place-on-figjam.js';
import { readMapsOnFigJam } from '../../figma-plugin/src/read-maps-on-figjam.js';
import { FakeFigma, FakeSection } from '../fakes/figma-fake.js';
import { smallLayout } from './small-layout.js';

describe('readMapsOnFigJam', () => {
  test('lists each placed map from its section’s plugin data and the name the section shows', async () => {
    const figma = new FakeFigma();
    const layout = smallLayout();
    await placeOnFigJam(figma, layout);
    const renamed = layout.primitives.map((primitive) => (primitive.key === 'frame' ? { ...primitive, text: 'Achat en ligne' } : primitive));
    await placeOnFigJam(figma, { ...layout, journeyId: 'journey-second', title: 'Achat en ligne', primitives: renamed });
    // A section the user made, and one whose plugin data is not ours: not maps.
    figma.createSection().name = 'Notes';
    const foreign = figma.createSection();
    foreign.setPluginData('parcours', '{"v":2}');
    const calls = figma.calls.length;

    expect(readMapsOnFigJam(figma)).toEqual([
      { journeyId: 'journey-second', title: 'Achat en ligne' },
      { journeyId: layout.journeyId, title: 'Commuter journey' },
    ]);
    expect(figma.calls.length).toBe(calls);
  });

  test('a section renamed by hand is listed under its new name; a removed one is gone', async () => {
    const figma = new FakeFigma();
    await placeOnFigJam(figma, smallLayout());
    const section = figma.currentPage.children.find((node): node is FakeSection => node instanceof FakeSection)!;
    section.name = 'Trajet du matin';
    expect(readMapsOnFigJam(figma)).toEqual([{ journeyId: smallLayout().journeyId, title: 'Trajet du matin' }]);
    section.remove();
    expect(readMapsOnFigJam(figma)).toEqual([]);
  });

  test('list-maps is answered by maps, which the panel accepts', async () => {
    const figma = new FakeFigma();
    await placeOnFigJam(figma, smallLayout());
    await handlePanelMessages(figma)({ type: 'list-maps', id: 7 });
    expect(figma.posted).toEqual([{ type: 'maps', id: 7, maps: [{ journeyId: smallLayout().journeyId, title: 'Commuter journey' }] }]);
    expect(parsePluginMessage(figma.posted[0], 'panel').ok).toBe(true);
    expect(parsePluginMessage({ type: 'maps', id: 7, maps: [{ journeyId: '', title: 'x' }] }, 'panel').ok).toBe(false);
    expect(parsePluginMessage({ type: 'list-maps', id: 7 }, 'panel').ok).toBe(false);
  });
});
