/** Characters that make a spreadsheet treat a cell as a formula (OWASP CSV injection): = + - @ tab CR. */
const FORMULA_START = new Set([61, 43, 45, 64, 9, 13]);
const NEEDS_QUOTES = /[",\r\n]/;

/** One CSV cell: formula-safe (a leading ' disarms = + - @ tab CR), quoted per RFC 4180 when needed. */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  // A char-code lookup rather than a regex: it runs for every cell of a million-row export.
  const safe = FORMULA_START.has(value.charCodeAt(0)) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** CSV lines (CRLF-terminated), one per row, of the cells `cells` picks from it. */
export function csvLines<Row>(
  rows: Row[],
  cells: ((row: Row) => string | number | null)[],
): string {
  // One string built cell by cell: no array per row, which a million-row export would feel.
  let text = '';
  for (const row of rows) {
    for (let i = 0; i < cells.length; i++)
      text += i === 0 ? csvCell(cells[i](row)) : `,${csvCell(cells[i](row))}`;
    text += '\r\n';
  }
  return text;
}
