import { describe, expect, it } from 'vitest';
import {
  deactivationsOn,
  madeOn,
  rolledDaysFrom,
} from '../../src/server/modules/usage/rolled-history.js';

const e = (day: string, count: number, seats: number, product_id = 1) => ({
  day,
  product_id,
  count,
  seats,
});

describe('the daily rollup’s rows and what the sweep reads from them', () => {
  const rows = rolledDaysFrom({
    made: [e('2026-06-01', 2, 5), e('2026-06-02', 1, 1, 2)],
    freed: [e('2026-06-02', 1, 2)],
    // Still open and lapsed, and closed at or after the deadline: one figure per day and product.
    died: [e('2026-06-02', 1, 3), e('2026-06-02', 2, 2), e('2026-06-03', 1, 1)],
  });

  it('holds one row per day and product with each kind of event', () => {
    expect(rows).toEqual([
      {
        day: '2026-06-01',
        product_id: 1,
        activated: 2,
        activated_seats: 5,
        freed: 0,
        freed_seats: 0,
        died: 0,
        died_seats: 0,
      },
      {
        day: '2026-06-02',
        product_id: 2,
        activated: 1,
        activated_seats: 1,
        freed: 0,
        freed_seats: 0,
        died: 0,
        died_seats: 0,
      },
      {
        day: '2026-06-02',
        product_id: 1,
        activated: 0,
        activated_seats: 0,
        freed: 1,
        freed_seats: 2,
        died: 3,
        died_seats: 5,
      },
      {
        day: '2026-06-03',
        product_id: 1,
        activated: 0,
        activated_seats: 0,
        freed: 0,
        freed_seats: 0,
        died: 1,
        died_seats: 1,
      },
    ]);
    expect(madeOn(rows).filter((r) => r.count > 0)).toEqual([
      e('2026-06-01', 2, 5),
      e('2026-06-02', 1, 1, 2),
    ]);
  });

  it('counts as deactivated on a day what was freed or died then, less what is still open or ended later', () => {
    const deactivations = deactivationsOn(
      rows,
      [e('2026-06-02', 1, 1)],
      // Lapsed and open: on a rolled-up day, and outside the rows' days (left out).
      [e('2026-06-02', 1, 2), e('2026-05-01', 4, 4), e('2026-06-15', 1, 1)],
      '2026-06-01',
      '2026-06-03',
    );
    expect(deactivations.filter((d) => d.count !== 0 || d.seats !== 0)).toEqual([
      e('2026-06-02', 2, 4),
      e('2026-06-03', 1, 1),
    ]);
  });
});
