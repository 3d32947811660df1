import { formatShare } from '../utils/formatShare';
import { HEAT_LEVEL_LABELS, type Heatmap, type HeatLevel } from '../utils/toHeatmapCells';

const LEVELS: readonly HeatLevel[] = ['met', 'near', 'below', 'far', 'none'];

/** The colour scale: each band has a colour and a mark, so it reads without colour too. */
export function HeatmapLegend() {
  return (
    <ul className="coverage-heatmap__legend" aria-label="Colour scale">
      {LEVELS.map((level) => (
        <li key={level}>
          <span
            className={`coverage-heatmap__swatch coverage-heatmap__cell--${level}`}
            aria-hidden="true"
          />
          {HEAT_LEVEL_LABELS[level]}
        </li>
      ))}
    </ul>
  );
}

/**
 * Department × period: a real table whose cells carry their share as text and their band as a
 * colour. It scrolls both ways inside its card with the header row and department column
 * stuck in place, so 200 departments by 60 months stay readable.
 */
export function CoverageHeatmap({ heatmap }: { heatmap: Heatmap }) {
  return (
    <div className="coverage-heatmap">
      <HeatmapLegend />
      {/* Focusable so keyboard users can scroll it (it holds up to 200 departments). */}
      <div
        className="coverage-heatmap__scroll"
        tabIndex={0}
        role="region"
        aria-label="Experience share by department and period, scrollable table"
      >
        <table className="coverage-heatmap__table">
          <thead>
            <tr>
              <th scope="col">Department</th>
              {heatmap.columns.map((column) => (
                <th
                  key={column.label}
                  scope="col"
                  className={column.forecast ? 'coverage-heatmap__forecast' : undefined}
                >
                  {column.label}
                  {column.forecast && <span className="coverage-heatmap__tag">forecast</span>}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {heatmap.rows.map((row) => (
              <tr key={row.id}>
                <th scope="row" title={`${row.name} — target ${formatShare(row.target)}`}>
                  {row.name}
                </th>
                {row.cells.map((cell) => (
                  <td
                    key={cell.label}
                    className={`coverage-heatmap__cell--${cell.level}${cell.forecast ? ' coverage-heatmap__forecast' : ''}`}
                    title={`${row.name}, ${cell.label}: ${HEAT_LEVEL_LABELS[cell.level]}`}
                  >
                    {cell.share === null ? '–' : formatShare(cell.share)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
