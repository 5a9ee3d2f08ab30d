import { describe, expect, it } from 'vitest';
import { csvCell, csvLines } from '../../src/server/http/csv-format.js';

describe('CSV cells', () => {
  it('disarms every formula trigger with a leading apostrophe', () => {
    for (const formula of ['=1+1', '+1', '-2', '@SUM(A1)', '\tcmd', '\rcmd'])
      expect(csvCell(formula).replace(/^"|"$/g, '').startsWith(`'${formula[0]}`)).toBe(true);
    expect(csvCell('=cmd|calc')).toBe("'=cmd|calc");
  });

  it('quotes cells with commas, quotes or line breaks, doubling quotes', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('plain text')).toBe('plain text');
  });

  it('writes numbers as they are and nulls as empty cells', () => {
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(null)).toBe('');
  });

  it('ends every line with CRLF', () => {
    const cells = [0, 1, 2].map((i) => (row: (string | number | null)[]) => row[i]);
    expect(
      csvLines(
        [
          ['a', 1, null],
          ['=x', 'y,z', 2],
        ],
        cells,
      ),
    ).toBe('a,1,\r\n\'=x,"y,z",2\r\n');
  });
});
