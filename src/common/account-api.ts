import type { NotificationTopic } from './preferences.js';

/** Answer of POST /auth/login: a session, or a second factor to ask for. */
export type LoginResult = { ok: true } | { secondFactorRequired: true; pendingToken: string };

export interface AccountPayload {
  email: string;
  firstName: string;
  lastName: string;
  phone: string | null;
  /** An email change waiting for its confirmation link to be opened. */
  pendingEmail: string | null;
  twoFactor: { enabled: boolean; recoveryCodesLeft: number };
}

export interface TwoFactorSetupPayload {
  secret: string;
  otpauthUri: string;
  /** An SVG image of the otpauth URI. */
  qrSvg: string;
}

export interface RecoveryCodesPayload {
  /** Shown once: only their hashes are stored. */
  recoveryCodes: string[];
}

export interface SessionItem {
  id: number;
  device: string;
  ip: string | null;
  createdAt: string;
  lastSeenAt: string;
  current: boolean;
}

export interface NotificationItem {
  id: number;
  topic: NotificationTopic;
  title: string;
  body: string;
  link: string | null;
  organizationName: string | null;
  createdAt: string;
  read: boolean;
}

export interface NotificationsPayload {
  items: NotificationItem[];
  unreadCount: number;
}
