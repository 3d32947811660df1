import type { CoverageDepartment } from './coverageTypes';

/** How a bucket's experience share stands against the department's target (the colour scale). */
export type HeatLevel = 'met' | 'near' | 'below' | 'far' | 'none';

export const HEAT_LEVEL_LABELS: Readonly<Record<HeatLevel, string>> = {
  met: 'At or above target',
  near: '75–99% of target',
  below: '50–74% of target',
  far: 'Under 50% of target',
  none: 'Nobody employed',
};

export interface HeatmapColumn {
  label: string;
  date: string;
  forecast: boolean;
}

export interface HeatmapCell {
  label: string;
  /** null when nobody was employed: there is no share to show. */
  share: number | null;
  headcount: number;
  level: HeatLevel;
  forecast: boolean;
}

export interface HeatmapRow {
  id: string;
  code: string;
  name: string;
  target: number;
  /** One per column, in column order. */
  cells: HeatmapCell[];
}

export interface Heatmap {
  columns: HeatmapColumn[];
  rows: HeatmapRow[];
}

const EPSILON = 1e-9;

/** The colour band of a share against a target. */
export function heatLevel(share: number, target: number, headcount: number): HeatLevel {
  if (headcount === 0) return 'none';
  // Shares arrive as floats (0.3 / 0.4 is 0.7499…): compare with a hair of tolerance so a
  // share exactly on a band's edge lands in the band people would expect.
  const ratio = target > 0 ? share / target : Infinity;
  if (ratio >= 1 - EPSILON) return 'met';
  if (ratio >= 0.75 - EPSILON) return 'near';
  if (ratio >= 0.5 - EPSILON) return 'below';
  return 'far';
}

/**
 * Department × bucket: departments as rows (in the API's order: by name), buckets as columns.
 * Columns come from every department's series together, so a department missing a bucket gets
 * an empty cell rather than shifting its row.
 */
export function toHeatmapCells(departments: readonly CoverageDepartment[]): Heatmap {
  const columnsByLabel = new Map<string, HeatmapColumn>();
  for (const d of departments) {
    for (const p of d.series) {
      if (!columnsByLabel.has(p.label)) {
        columnsByLabel.set(p.label, { label: p.label, date: p.date, forecast: p.forecast });
      }
    }
  }
  const columns = [...columnsByLabel.values()].sort((a, b) => a.date.localeCompare(b.date));
  const rows = departments.map((d) => {
    const byLabel = new Map(d.series.map((p) => [p.label, p]));
    return {
      id: d.departmentId,
      code: d.code,
      name: d.name,
      target: d.coverageTarget,
      cells: columns.map((column): HeatmapCell => {
        const point = byLabel.get(column.label);
        const headcount = point?.headcount ?? 0;
        return {
          label: column.label,
          share: point && headcount > 0 ? point.experienceShare : null,
          headcount,
          level: point ? heatLevel(point.experienceShare, d.coverageTarget, headcount) : 'none',
          forecast: column.forecast,
        };
      }),
    };
  });
  return { columns, rows };
}
