/**
 * CSV as spreadsheet programs read it (RFC 4180, CRLF line ends), the one writer of every CSV download, on the server
 * and in the web app. A text cell starting with =, +, -, @, a tab or a carriage return would run as a formula in a
 * spreadsheet: a leading quote keeps it text. Numbers are written as they are.
 */
export type CsvCell = string | number | null | undefined;

/** Spreadsheet programs run cells that start with these as formulas; a leading quote keeps them text. */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const safe = neutraliseFormula(value);
  return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return `${rows.map((cells) => cells.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
