import { createHmac, hkdfSync } from 'node:crypto';
import { NOTIFICATION_TOPICS, type NotificationTopic } from '../../../common/preferences.js';
import type { Secrets } from '../../crypto/secrets.js';
import { safeEqual } from '../../crypto/tokens.js';

const keys = new WeakMap<Secrets, Buffer>();

/**
 * A key of its own, derived from the CSRF key (HKDF with its own label): no new entry in
 * secrets.json, which every existing installation would lack (decision 121).
 */
function keyOf(secrets: Secrets): Buffer {
  let key = keys.get(secrets);
  if (!key) {
    key = Buffer.from(hkdfSync('sha256', secrets.csrfKey, '', 'portal mail unsubscribe v1', 32));
    keys.set(secrets, key);
  }
  return key;
}

const sign = (secrets: Secrets, payload: string) =>
  createHmac('sha256', keyOf(secrets)).update(payload).digest('base64url');

/** "<user id>.<topic>.<HMAC>": names the member and the topic; only this server can make one. */
export function unsubscribeToken(secrets: Secrets, userId: number, topic: NotificationTopic) {
  const payload = `${userId}.${topic}`;
  return `${payload}.${sign(secrets, payload)}`;
}

const SHAPE = /^([1-9]\d{0,9})\.([A-Za-z0-9]{1,40})\.([A-Za-z0-9_-]{43})$/;

/** The member and topic of a token this server signed; null for anything else. */
export function readUnsubscribeToken(
  secrets: Secrets,
  token: string,
): { userId: number; topic: NotificationTopic } | null {
  const match = SHAPE.exec(token);
  if (!match) return null;
  const [, id, topic, signature] = match;
  if (!safeEqual(signature, sign(secrets, `${id}.${topic}`))) return null;
  if (!(NOTIFICATION_TOPICS as readonly string[]).includes(topic)) return null;
  const userId = Number(id);
  return Number.isSafeInteger(userId) && userId <= 2 ** 31 - 1
    ? { userId, topic: topic as NotificationTopic }
    : null;
}

export function unsubscribeUrl(
  publicUrl: string,
  secrets: Secrets,
  userId: number,
  topic: NotificationTopic,
): string {
  return `${publicUrl}/unsubscribe?token=${unsubscribeToken(secrets, userId, topic)}`;
}
