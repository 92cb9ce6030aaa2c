import { describe, expect, test } from 'vitest';
import { layoutJourney } from '../../core/src/layout/layout-journey.js';
import type { Journey } from '../../core/src/model/journey.js';
import { encodeSourcesData, SOURCES_KEY, utf8Length } from '../../figma-plugin/src/figjam-sources-data.js';
import { placeOnFigJam } from '../../figma-plugin/src/place-on-figjam.js';
import { encodePlacedData, metadataBytes, METADATA_MAX_BYTES } from '../../miro-app/src/placed-metadata.js';
import { FakeFigma, FakeSection } from '../fakes/figma-fake.js';
import { journeyWith } from '../layout/journey-builder.js';

/** One pain point said by `respondents` people whose ids are `idOf(i)`. */
function saidByMany(respondents: number, idOf: (index: number) => string): Journey {
  const sources = Array.from({ length: respondents }, (_, index) => idOf(index));
  return journeyWith({
    id: 'many',
    title: 'Étude',
    locale: 'fr',
    stages: [{ id: 's', name: 'Attente' }],
    lanes: [{ id: 'p', kind: 'painPoints', title: 'Irritants' }],
    cards: [{ id: 'c', stageId: 's', laneId: 'p', text: 'Trop long', count: respondents, sources }],
  });
}

async function placedSources(journey: Journey): Promise<{ n: number; s: string[]; more?: number } | undefined> {
  const figma = new FakeFigma();
  await placeOnFigJam(figma, layoutJourney(journey), { origin: { x: 0, y: 0 } });
  const section = figma.currentPage.children[0] as FakeSection;
  const node = section.children.find((child) => JSON.parse(child.getPluginData('parcours')).k === 'card:c');
  const raw = node?.getPluginData(SOURCES_KEY) ?? '';
  return raw === '' ? undefined : JSON.parse(raw);
}

describe('who said it, on FigJam', () => {
  test('5,000 respondents with short ids: the whole list in the node’s plugin data', async () => {
    const data = await placedSources(saidByMany(5000, (index) => `R${index + 1}`));
    expect(data?.n).toBe(5000);
    expect(data?.s).toHaveLength(5000);
    expect(data?.more).toBeUndefined();
  });

  test('past the 100 kB entry limit: the first sources that fit, how many more, the count whole', async () => {
    const long = (index: number) => `répondant-${String(index + 1).padStart(5, '0')}-panel-national-vague-2`;
    const data = await placedSources(saidByMany(5000, long));
    expect(data?.n).toBe(5000);
    expect((data?.s.length ?? 0) + (data?.more ?? 0)).toBe(5000);
    expect(data?.s).toEqual(Array.from({ length: data?.s.length ?? 0 }, (_, index) => long(index)));
    expect(data?.more).toBeGreaterThan(0);
  });

  test('the encoded entry never passes the limit, whatever the ids', () => {
    const sources = Array.from({ length: 3000 }, (_, index) => `😀 participant ${index}`);
    const encoded = encodeSourcesData(sources, 3000, 10_000);
    expect(utf8Length(encoded)).toBeLessThanOrEqual(10_000);
    expect(utf8Length(encoded)).toBe(new TextEncoder().encode(encoded).length);
    expect(JSON.parse(encoded).more).toBe(3000 - JSON.parse(encoded).s.length);
  });
});

describe('who said it, on Miro', () => {
  test('the item metadata stays within 256 bytes and keeps the card’s key, the reference to the full list', () => {
    const layout = layoutJourney(saidByMany(5000, (index) => `R${index + 1}`));
    const sticky = layout.primitives.find((primitive) => primitive.key === 'card:c');
    expect(sticky?.kind === 'sticky' && sticky.sources?.length).toBe(5000);
    const data = encodePlacedData(layout.journeyId, sticky!);
    expect(metadataBytes(data)).toBeLessThanOrEqual(METADATA_MAX_BYTES);
    expect(data.k).toBe('card:c');
  });
});
