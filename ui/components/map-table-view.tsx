import type { PanelStrings } from '../panel-strings.js';
import type { MapTable } from '../state/map-table.js';

/**
 * The map as a table, behind a toggle: what the preview shows, as text a screen reader reads cell
 * by cell (lanes as row headers, stages as column headers). Every card is listed, including those
 * a big map's focus leaves out of the picture.
 */
export function MapTableView({ table, title, strings }: { table: MapTable; title: string; strings: PanelStrings }) {
  const { kit } = strings;
  return (
    <details class="pc-details pc-map-table">
      <summary>{kit.tableToggle}</summary>
      {/* Wide maps scroll sideways: the region takes the focus so a keyboard can scroll it. */}
      <div class="pc-table-scroll" tabIndex={0} role="region" aria-label={kit.tableToggle}>
        <table class="pc-table">
          <caption class="pc-visually-hidden">{kit.tableCaption(title)}</caption>
          <thead>
            <tr>
              <th scope="col">{kit.tableLane}</th>
              {table.stages.map((stage, index) => (
                <th scope="col" key={index}>
                  {stage}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row, index) => (
              <tr key={index}>
                <th scope="row">{row.lane}</th>
                {row.cells.map((cell, column) => (
                  <td key={column}>
                    {cell.length === 0 ? (
                      <span aria-label={kit.tableEmpty}>{kit.tableEmpty}</span>
                    ) : (
                      <ul>
                        {cell.map((text, item) => (
                          <li key={item}>{text}</li>
                        ))}
                      </ul>
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
