import type { CaughtMail } from '../../support/smtp-catcher.js';

/** The token of the portal link to `path` (e.g. "/reset-password") in a caught mail. */
export function tokenInLink(mail: CaughtMail, path: string): string {
  const match = new RegExp(`${path}\\?token=([A-Za-z0-9_-]+)`).exec(mail.text);
  if (!match) throw new Error(`No ${path} link in mail "${mail.subject}": ${mail.text}`);
  return match[1];
}
