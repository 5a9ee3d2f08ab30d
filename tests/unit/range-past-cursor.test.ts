import { describe, expect, it } from 'vitest';
import { rangePastCursor } from '../../src/server/http/list-query.js';

const range = { from: '2026-10-01T00:00:00.000Z', before: '2026-10-11T00:00:00.000Z' };
const inside = { sortValue: '2026-10-05T12:00:00.000Z', id: 42 };

describe('rangePastCursor', () => {
  it('keeps the whole range on the first page', () => {
    expect(rangePastCursor(range, undefined, 'desc')).toEqual(range);
    expect(rangePastCursor(range, undefined, 'asc')).toEqual(range);
  });

  it('drops only the bound the cursor already implies', () => {
    expect(rangePastCursor(range, inside, 'desc')).toEqual({ from: range.from });
    expect(rangePastCursor(range, inside, 'asc')).toEqual({ before: range.before });
    expect(rangePastCursor({ before: range.before }, inside, 'asc')).toEqual({
      before: range.before,
    });
  });

  it('keeps both bounds for a cursor outside the range (a link from another range, or made up)', () => {
    expect(
      rangePastCursor(range, { sortValue: '2026-12-01T00:00:00.000Z', id: 1 }, 'desc'),
    ).toEqual(range);
    expect(rangePastCursor(range, { sortValue: '2026-09-01T00:00:00.000Z', id: 1 }, 'asc')).toEqual(
      range,
    );
  });
});
