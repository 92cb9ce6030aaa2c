import type { PanelStrings } from '../panel-strings.js';
import type { PreviousWaveDeltas } from '../state/previous-wave-deltas.js';

/**
 * What the plan says of the previous wave before anything is placed: per stage the score before and
 * after, the change, "beyond noise" when it is; how many pain points are new and resolved.
 */
export function PreviousWaveDeltasView({ deltas, strings }: { deltas: PreviousWaveDeltas; strings: PanelStrings }) {
  const words = strings.previousWave;
  return (
    <div class="pc-stack" data-testid="pc-previous-wave-deltas">
      <h4 class="pc-subtitle">{words.title}</h4>
      <table class="pc-columns pc-deltas">
        <thead>
          <tr>
            <th scope="col">{words.stage}</th>
            <th scope="col">{words.before}</th>
            <th scope="col">{words.after}</th>
            <th scope="col">{words.change}</th>
          </tr>
        </thead>
        <tbody>
          {deltas.stages.map((line) => (
            <tr key={line.stage} class={line.significant ? 'pc-significant' : undefined}>
              <th scope="row" title={line.stage}>
                {line.stage}
                {line.renamedFrom !== undefined && <span class="pc-muted"> ({words.renamed(line.renamedFrom)})</span>}
              </th>
              <td>{line.before ?? words.noScore}</td>
              <td>{line.after ?? words.noScore}</td>
              <td>
                {line.delta !== undefined ? (line.significant ? <strong>{line.delta}</strong> : line.delta) : words.noScore}
                {line.significant && (
                  <>
                    {' '}
                    <br />
                    <small class="pc-muted">{words.beyondNoise}</small>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p data-testid="pc-previous-wave-pains">
        {words.newPains(deltas.newPains)} · {words.resolvedPains(deltas.resolvedPains)}
      </p>
      <p class="pc-muted">{words.noise}</p>
    </div>
  );
}
