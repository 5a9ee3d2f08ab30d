import { AUDIT_TYPE_LABELS } from '../../../common/audit-api.js';
import { zonedDateTimeFormatter } from '../../../common/format/zoned-date-time.js';
import type { CsvColumn } from '../../http/csv-export.js';
import type { AuditEventRow } from './service.js';

/** Every column, whatever the table hides (DESIGN.md §3.8); times in the member's zone and in UTC. */
export function auditCsvColumns(timeZone: string): CsvColumn<AuditEventRow>[] {
  const inMemberZone = zonedDateTimeFormatter(timeZone);
  return [
    { header: `Date & Time (${timeZone})`, value: (e) => inMemberZone(e.occurred_at) },
    { header: 'Message', value: (e) => e.message },
    { header: 'Type', value: (e) => AUDIT_TYPE_LABELS[e.type] },
    { header: 'User', value: (e) => e.actor_label },
    { header: 'User ID', value: (e) => e.actor_user_id },
    { header: 'Action', value: (e) => e.action },
    { header: 'IP Address', value: (e) => e.ip },
    { header: 'Target Type', value: (e) => e.target_type },
    { header: 'Target ID', value: (e) => e.target_id },
    { header: 'Occurred At (UTC)', value: (e) => e.occurred_at },
    { header: 'Event ID', value: (e) => e.id },
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
