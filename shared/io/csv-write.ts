/**
 * How the app writes CSV files (the stakeholder directory, the report's timeline and notifications):
 * papaparse's unparse with a chosen delimiter, CRLF line ends, a BOM so that Excel reads UTF-8, and cells
 * that a spreadsheet would run as a formula (starting with = + - @, tab or CR) prefixed with an
 * apostrophe, which the stakeholder import takes off again.
 */
import Papa from 'papaparse';

export const csvDelimiters = [',', ';', '\t'] as const;
export type CsvDelimiter = (typeof csvDelimiters)[number];

// Papaparse's own `escapeFormulae: true` pattern ends in `.*$`, which misses cells with a line break
// (https://github.com/mholt/PapaParse/pull/1149): "=HYPERLINK(…)\nmore" would go out unescaped.
const FORMULA = /^[=+\-@\t\r]/;

export function csvWrite(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  delimiter: CsvDelimiter = ',',
): string {
  const csv = Papa.unparse(
    { fields: [...header], data: rows.map((r) => [...r]) },
    { delimiter, newline: '\r\n', escapeFormulae: FORMULA },
  );
  return `\ufeff${csv}\r\n`;
}
