import type { PanelHost } from '../../ui/panel-host.js';
import { pickSample } from './pick-sample.js';
import { fetchSample, placeSample, type SamplePlacement } from './place-sample.js';

/**
 * The playground's start-up: lists the samples the server has (`samples.json` at `page`), picks one
 * (`pickSample`, `asked` being `?sample=`), fetches it and places it (`placeSample`, its one import).
 * Returns the placement, whose `file` the panel opens, or `undefined` when there is no sample to
 * open. Throws when the server cannot be reached.
 *
 * @example const placed = await startSample(host, new URL(location.href), params.get('sample'));
 */
export async function startSample(host: PanelHost, page: URL, asked: string | null): Promise<SamplePlacement | undefined> {
  const listed = (await (await fetch(new URL('samples.json', page))).json()) as string[];
  const name = pickSample(listed, asked);
  if (name === undefined) return undefined;
  return placeSample(host, await fetchSample(new URL('samples/', page), name));
}
