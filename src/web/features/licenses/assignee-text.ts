import type { AssigneeSummary } from '../../../common/assignments-api';
import { i18n } from '../../i18n/i18n';

/** "You (2), Bob Smith (1), nia@x (invited, 1)" or a dash: how lists and panels show who holds seats. */
export function assigneeText(assignees: AssigneeSummary[]): string {
  if (assignees.length === 0) return '—';
  return assignees
    .map((a) =>
      i18n.t(a.pending ? 'licenses.assignee.invited' : 'licenses.assignee.holds', {
        name: a.isMe ? i18n.t('licenses.assignee.you') : a.name,
        count: a.quantity,
      }),
    )
    .join(i18n.t('licenses.assignee.separator'));
}
