import { memo, useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { formatShare } from '../utils/formatShare';
import {
  HEAT_LEVEL_LABELS,
  type Heatmap,
  type HeatLevel,
  type HeatmapRow,
} from '../utils/toHeatmapCells';

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

/** From this many departments only the rows in view (and a few either side) are in the page. */
const HEATMAP_VIRTUAL_FROM = 40;
/** A row's height before it is measured (one line of small text and its padding). */
const ROW_HEIGHT = 29;

function HeatmapRowCells({ row }: { row: HeatmapRow }) {
  return (
    <>
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
    </>
  );
}

/**
 * Department × period: a real table whose cells carry their share as text and their band as a
 * colour. It scrolls both ways inside its card with the header row and department column
 * stuck in place, so 200 departments by 60 months stay readable. From HEATMAP_VIRTUAL_FROM
 * departments only the rows in view are built, spacer rows keeping the scroll height: at 200
 * departments by 24 months the whole table was ~5,000 cells, and every redraw of the screen
 * laid them all out again.
 */
export const CoverageHeatmap = memo(function CoverageHeatmap({ heatmap }: { heatmap: Heatmap }) {
  const scroller = useRef<HTMLDivElement>(null);
  const virtual = heatmap.rows.length >= HEATMAP_VIRTUAL_FROM;
  const virtualizer = useVirtualizer({
    count: virtual ? heatmap.rows.length : 0,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 6,
  });
  const items = virtualizer.getVirtualItems();
  const above = items.length ? items[0].start : 0;
  const below = items.length ? virtualizer.getTotalSize() - items[items.length - 1].end : 0;
  const spacer = (height: number, key: string) =>
    height > 0 && (
      <tr key={key} className="coverage-heatmap__spacer" aria-hidden="true" style={{ height }}>
        <td colSpan={heatmap.columns.length + 1} />
      </tr>
    );

  return (
    <div className="coverage-heatmap">
      <HeatmapLegend />
      {/* Focusable so keyboard users can scroll it (it holds up to 200 departments). */}
      <div
        ref={scroller}
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
            {virtual ? (
              <>
                {spacer(above, 'above')}
                {items.map((item) => {
                  const row = heatmap.rows[item.index];
                  return (
                    <tr key={row.id} data-index={item.index} ref={virtualizer.measureElement}>
                      <HeatmapRowCells row={row} />
                    </tr>
                  );
                })}
                {spacer(below, 'below')}
              </>
            ) : (
              heatmap.rows.map((row) => (
                <tr key={row.id}>
                  <HeatmapRowCells row={row} />
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
    </div>
  );
});
