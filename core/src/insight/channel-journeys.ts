import type { Channel, Journey } from '../model/journey.js';
import type { ChannelMix, ChannelSwitch } from './journey-insights.js';

/**
 * The omnichannel view of a journey, read from who said each touchpoint (`Card.sources`, split by
 * `Card.channels`): per stage, the share of its respondents per channel; per pair of consecutive
 * stages, the most common switch: respondents who used channel A at the first stage and not at the
 * second, and B at the second and not at the first ("web → phone at Souscription: 9 of 30", the 30
 * being everyone seen with a channel at both). Without participant ids each row is its own source,
 * so no one is followed from stage to stage and there are no switches.
 *
 * @example channelJourneys(journey).channelSwitches[0] // { fromStageId: 's1', stageId: 's2', from: 'web', to: 'phone', respondents: 9, of: 30 }
 */
export function channelJourneys(journey: Journey): { channelMix: ChannelMix[]; channelSwitches: ChannelSwitch[] } {
  const touchpointLanes = new Set(journey.lanes.filter((lane) => lane.kind === 'touchpoints').map((lane) => lane.id));
  const stageIndex = new Map(journey.stages.map((stage, index) => [stage.id, index]));
  /** Per stage: source → channels it used there. */
  const used = journey.stages.map(() => new Map<string, Set<Channel>>());
  const note = (stage: number, source: string, channel: Channel) => {
    const byStage = used[stage];
    if (byStage === undefined) return;
    let set = byStage.get(source);
    if (set === undefined) {
      set = new Set();
      byStage.set(source, set);
    }
    set.add(channel);
  };
  for (const card of journey.cards) {
    const stage = stageIndex.get(card.stageId);
    if (stage === undefined || !touchpointLanes.has(card.laneId)) continue;
    if (card.channels !== undefined) {
      for (const entry of card.channels) for (const source of entry.sources) note(stage, source, entry.channel);
    } else if (card.channel !== undefined) {
      for (const source of card.sources) note(stage, source, card.channel);
    }
  }
  const channelMix: ChannelMix[] = [];
  journey.stages.forEach((stage, index) => {
    const byStage = used[index];
    if (byStage === undefined || byStage.size === 0) return;
    const counts = new Map<Channel, number>();
    for (const channels of byStage.values()) for (const channel of channels) counts.set(channel, (counts.get(channel) ?? 0) + 1);
    const respondents = byStage.size;
    channelMix.push({
      stageId: stage.id,
      respondents,
      channels: [...counts]
        .sort((a, b) => b[1] - a[1])
        .map(([channel, count]) => ({ channel, respondents: count, share: Math.round((count / respondents) * 1000) / 1000 })),
    });
  });
  const channelSwitches: ChannelSwitch[] = [];
  for (let index = 1; index < journey.stages.length; index++) {
    const before = used[index - 1];
    const after = used[index];
    const from = journey.stages[index - 1];
    const to = journey.stages[index];
    if (before === undefined || after === undefined || from === undefined || to === undefined) continue;
    let of = 0;
    const pairs = new Map<string, number>();
    for (const [source, earlier] of before) {
      const later = after.get(source);
      if (later === undefined) continue;
      of++;
      for (const a of earlier) {
        if (later.has(a)) continue;
        for (const b of later) if (!earlier.has(b)) pairs.set(`${a}>${b}`, (pairs.get(`${a}>${b}`) ?? 0) + 1);
      }
    }
    let best: [string, number] | undefined;
    for (const pair of pairs) if (best === undefined || pair[1] > best[1]) best = pair;
    if (best === undefined) continue;
    const [a, b] = best[0].split('>') as [Channel, Channel];
    channelSwitches.push({ fromStageId: from.id, stageId: to.id, from: a, to: b, respondents: best[1], of });
  }
  channelSwitches.sort((x, y) => y.respondents - x.respondents);
  return { channelMix, channelSwitches };
}
