import { toCsv, type CsvCell } from '#shared/csv.ts';

/** One column of a chart's table and CSV: its heading and how a row gives its cell. */
export type AnalyticsColumn<Row> = { label: string; value: (row: Row) => CsvCell };

/** The CSV of a chart's table: the headings, then one line per row, through the one CSV writer. */
export function analyticsCsv<Row>(columns: readonly AnalyticsColumn<Row>[], rows: readonly Row[]): string {
  return toCsv([columns.map((column) => column.label), ...rows.map((row) => columns.map((column) => column.value(row)))]);
}

/** A file name for a chart's CSV: what it shows and its period. */
export function csvFileName(what: string, range: { from: string; to: string }): string {
  return `${what}-${range.from}-to-${range.to}.csv`;
}
