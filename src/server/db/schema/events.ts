import type { Generated } from 'kysely';
import type { AuditEventType } from '../../../common/audit-api.js';
import type { NotificationTopic } from '../../../common/preferences.js';
import type { Timestamp, Id } from './columns.js';

// What happened and who is told: the audit chain, notifications, jobs, mails, webhooks.

export type AuditType = AuditEventType;

export interface AuditEventTable {
  id: Id;
  organization_id: number;
  occurred_at: Timestamp;
  type: AuditType;
  action: string;
  message: string;
  actor_user_id: number | null;
  actor_label: string;
  ip: string | null;
  target_type: string | null;
  target_id: string | null;
  metadata: string;
  prev_hash: string;
  hash: string;
}

export interface NotificationTable {
  id: Id;
  user_id: number;
  organization_id: number | null;
  topic: NotificationTopic;
  title: string;
  body: string;
  link: string | null;
  created_at: Timestamp;
  read_at: Timestamp | null;
}

export interface NotificationDeliveryTable {
  id: Id;
  topic: NotificationTopic;
  /** The license, release or activation the notice is about. */
  subject_id: number;
  user_id: number;
  created_at: Timestamp;
}

/** The lease of one scheduled job (decision 101). */
export interface JobRunTable {
  name: string;
  /** The instance that holds or last held it (host and process id). */
  holder: string;
  started_at: Timestamp;
  /** Another instance may take the job once this has passed (the holder died mid-run). */
  lease_until: Timestamp;
  finished_at: Timestamp | null;
  outcome: string | null;
  runs: Generated<number>;
}

export type MailDeliveryStatus = 'pending' | 'sent' | 'failed';

/** An email, queued in the transaction of what it reports and retried with backoff until sent or given up (decisions 101, 140). */
export interface MailDeliveryTable {
  id: Id;
  recipient: string;
  subject: string;
  /** Empty since migration 023 (the message is in sealed_message); clear only in rows queued before it. */
  text_body: string;
  html_body: string;
  /** JSON object of extra headers, or null (migration 020; empty since 023 like the bodies). */
  headers: string | null;
  /** Text, HTML and headers as JSON sealed with a SecretBox (MAIL_MESSAGE_PURPOSE); null once sent or given up. */
  sealed_message: string | null;
  /** When the link in the mail stops working: not sent after it (null: no deadline). */
  expires_at: Timestamp | null;
  /** What the mail's link belongs to (e.g. "invitation:12"): a waiting mail is given up when that link dies. */
  link_key: string | null;
  status: MailDeliveryStatus;
  attempts: Generated<number>;
  next_attempt_at: Timestamp | null;
  last_error: string | null;
  created_at: Timestamp;
  sent_at: Timestamp | null;
}

export type WebhookDeliveryStatus = 'pending' | 'delivered' | 'failed';

/** Where the vendor receives webhooks, and which events (decision 128). */
export interface WebhookEndpointTable {
  id: Id;
  url: string;
  description: Generated<string>;
  /** JSON array of event types (src/common/webhooks.ts). */
  events: string;
  enabled: Generated<number>;
  /** The `whsec_…` secret, sealed (AES-256-GCM). */
  secret_ciphertext: string;
  /** The secret before the last rotation: it signs too until previous_secret_until. */
  previous_secret_ciphertext: string | null;
  previous_secret_until: Timestamp | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** The outbox: an event, written in the transaction of the change that caused it. */
export interface WebhookEventTable {
  id: Id;
  message_id: string;
  organization_id: number;
  type: string;
  payload: string;
  once_key: string | null;
  created_at: Timestamp;
}

/** One event to one endpoint, retried with backoff for a day. */
export interface WebhookDeliveryTable {
  id: Id;
  event_id: number;
  endpoint_id: number;
  status: WebhookDeliveryStatus;
  attempts: Generated<number>;
  first_attempt_at: Timestamp | null;
  next_attempt_at: Timestamp | null;
  last_status_code: number | null;
  last_error: string | null;
  /** The delivery a manual redeliver copied. */
  redelivery_of: number | null;
  created_at: Timestamp;
  delivered_at: Timestamp | null;
}

export interface WebhookAttemptTable {
  id: Id;
  delivery_id: number;
  attempt: number;
  attempted_at: Timestamp;
  status_code: number | null;
  duration_ms: number;
  error: string | null;
  next_attempt_at: Timestamp | null;
}
