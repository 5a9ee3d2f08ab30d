import type { AssigneeSummary } from '../../../common/assignments-api';

/** "You (2), Bob Smith (1), nia@x (invited, 1)" or a dash: how lists and panels show who holds seats. */
export function assigneeText(assignees: AssigneeSummary[]): string {
  if (assignees.length === 0) return '—';
  return assignees
    .map((a) => `${a.isMe ? 'You' : a.name} (${a.pending ? 'invited, ' : ''}${a.quantity})`)
    .join(', ');
}
