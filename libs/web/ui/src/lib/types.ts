import type { CsvColumn } from './utils/toCsv';

/** One column of a chart's data: its table column and its CSV column are the same thing. */
export interface ChartColumn<Row> extends CsvColumn<Row> {
  /** How the table shows the value (the CSV keeps the raw value). */
  format?: (row: Row) => string;
  /** Right-align numbers so they compare at a glance. */
  numeric?: boolean;
}

/** Where the nav and the router meet: one screen of SPEC §6. */
export interface NavItem {
  label: string;
  path: string;
  /** Not built yet: the link leads to a "coming soon" page. */
  comingSoon?: boolean;
  /** Work waiting on this screen, e.g. outcomes due on Planning; hidden when 0. */
  badge?: { count: number; label: string };
}
