/** Seats assigned to one person, and who they are. */
export interface AssignedSeats {
  /** Null for an invitation not accepted yet: it holds its seats but activates nothing. */
  userId: number | null;
  name: string;
  quantity: number;
}

/**
 * Who would lose assigned seats if `requester` activated `quantity` more (decision 091).
 * Each person's live seats use their own assignment first; what exceeds it comes from the
 * seats nobody is assigned. When that pool would overflow, the answer names the assignees
 * whose seats are still unused; empty when the activation fits.
 */
export function assignedSeatsTaken(
  seats: number,
  assignments: AssignedSeats[],
  liveSeatsByUser: Map<number | null, number>,
  requester: number | null,
  quantity: number,
): string[] {
  if (assignments.length === 0) return [];
  const assigned = new Map<number | null, number>();
  for (const a of assignments)
    if (a.userId !== null) assigned.set(a.userId, (assigned.get(a.userId) ?? 0) + a.quantity);
  const pool = seats - assignments.reduce((sum, a) => sum + a.quantity, 0);
  const used = new Map(liveSeatsByUser);
  used.set(requester, (used.get(requester) ?? 0) + quantity);
  let overflow = 0;
  for (const [userId, seatsUsed] of used)
    overflow += Math.max(0, seatsUsed - (userId === null ? 0 : (assigned.get(userId) ?? 0)));
  if (overflow <= pool) return [];
  return assignments
    .filter(
      (a) =>
        a.userId !== requester && (a.userId === null || (used.get(a.userId) ?? 0) < a.quantity),
    )
    .map((a) => a.name);
}
