import { AUDIT_TYPE_LABELS } from '../../../common/audit-api.js';
import { zonedDateTimeFormatter } from '../../../common/format/zoned-date-time.js';
import type { CsvColumn } from '../../http/csv-export.js';
import { auditSentence } from '../../i18n/audit-wording.js';
import type { Translate } from '../../i18n/translate.js';
import type { AuditEventRow } from './service.js';

/**
 * Every column, whatever the table hides (DESIGN.md §3.8); times in the member's zone and in
 * UTC; headers in the member's language (`t`).
 */
export function auditCsvColumns(timeZone: string, t: Translate): CsvColumn<AuditEventRow>[] {
  const inMemberZone = zonedDateTimeFormatter(timeZone);
  return [
    { header: t('csv.audit.dateTime', { timeZone }), value: (e) => inMemberZone(e.occurred_at) },
    { header: t('csv.audit.message'), value: (e) => auditSentence(t, e.action, e.message) },
    { header: t('csv.audit.type'), value: (e) => AUDIT_TYPE_LABELS[e.type] },
    { header: t('csv.audit.user'), value: (e) => e.actor_label },
    { header: t('csv.audit.userId'), value: (e) => e.actor_user_id },
    { header: t('csv.audit.action'), value: (e) => e.action },
    { header: t('csv.audit.ip'), value: (e) => e.ip },
    { header: t('csv.audit.targetType'), value: (e) => e.target_type },
    { header: t('csv.audit.targetId'), value: (e) => e.target_id },
    { header: t('csv.audit.occurredAtUtc'), value: (e) => e.occurred_at },
    { header: t('csv.audit.eventId'), value: (e) => e.id },
  ];
}

/**
 * A JSON line carries every hashed field as stored (metadata stays the exact JSON text that
 * was hashed) and both hashes, so an unfiltered export can be checked offline.
 */
export function auditJsonLine(event: AuditEventRow) {
  return {
    id: event.id,
    organizationId: event.organization_id,
    occurredAt: event.occurred_at,
    type: event.type,
    action: event.action,
    message: event.message,
    actorUserId: event.actor_user_id,
    actorLabel: event.actor_label,
    ip: event.ip,
    targetType: event.target_type,
    targetId: event.target_id,
    metadata: event.metadata,
    prevHash: event.prev_hash,
    hash: event.hash,
  };
}
