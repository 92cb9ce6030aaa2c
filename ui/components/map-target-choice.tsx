import type { PanelStrings } from '../panel-strings.js';
import type { BoardMap } from '../state/board-maps.js';
import type { MapTarget } from '../state/map-target.js';

interface Props {
  maps: readonly BoardMap[];
  target: MapTarget | null;
  strings: PanelStrings;
  disabled: boolean;
  onChoose: (target: MapTarget) => void;
}

/**
 * When the board already holds Parcours maps: one choice per map, "Update “title”", and "New map",
 * the preselected one checked. Nothing when the board holds none.
 */
export function MapTargetChoice({ maps, target, strings, disabled, onChoose }: Props) {
  if (maps.length === 0) return null;
  const checked = (choice: MapTarget) =>
    target !== null && target.kind === choice.kind && (choice.kind === 'new' || (target.kind === 'update' && target.journeyId === choice.journeyId));
  const choices: MapTarget[] = [...maps.map((map): MapTarget => ({ kind: 'update', journeyId: map.journeyId })), { kind: 'new' }];
  return (
    <fieldset class="pc-list pc-targets" disabled={disabled}>
      <legend>{strings.boardMaps}</legend>
      {choices.map((choice, index) => {
        const map = choice.kind === 'update' ? maps[index] : undefined;
        return (
          <label class="pc-check" key={choice.kind === 'update' ? choice.journeyId : 'new'}>
            <input type="radio" name="pc-target" checked={checked(choice)} onChange={() => onChoose(choice)} />
            <span>{map ? strings.updateMap(map.title || strings.untitledMap) : strings.newMap}</span>
          </label>
        );
      })}
    </fieldset>
  );
}
