export const AUDIT_TYPES = [
  'members',
  'licenses',
  'activations',
  'downloads',
  'security',
  'settings',
] as const;
export type AuditEventType = (typeof AUDIT_TYPES)[number];

export const AUDIT_TYPE_LABELS: Record<AuditEventType, string> = {
  members: 'Members',
  licenses: 'Licenses',
  activations: 'Activations',
  downloads: 'Downloads',
  security: 'Security',
  settings: 'Settings',
};

export interface AuditEventItem {
  id: number;
  occurredAt: string;
  message: string;
  type: AuditEventType;
  action: string;
  user: string;
  userId: number | null;
  ip: string | null;
}

export interface AuditActor {
  id: number;
  name: string;
  email: string;
}

/** Whom the User filter offers: the members in the log, and the labels of actors that are not members. */
export interface AuditActors {
  users: AuditActor[];
  /** "Software", "Vendor", "Heartbeat monitor"…: filtered by the `actor` query parameter. */
  systemActors: string[];
}

export interface AuditChainVerification {
  intact: boolean;
  checkedEvents: number;
  /** The newest event checked: note its hash to detect later removal of the newest events. */
  head: { id: number; hash: string; occurredAt: string } | null;
  firstBrokenEvent: {
    id: number;
    occurredAt: string;
    reason: 'altered' | 'predecessor_missing';
  } | null;
}
