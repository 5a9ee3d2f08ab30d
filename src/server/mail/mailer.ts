import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';
import type { Config } from '../config.js';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Extra headers: List-Unsubscribe and List-Unsubscribe-Post on notification mails. */
  headers?: Record<string, string>;
}

/** What became of one attempt: handed over, or why not (the mail server's answer, never the body). */
export type SendOutcome = { sent: true } | { sent: false; error: string };

export interface Mailer {
  /** Never throws: a message that could not be handed over (SMTP refused it, disk full…) is logged and its reason returned. */
  send: (message: MailMessage) => Promise<SendOutcome>;
}

/** Writes a line to the server log. Lines name recipient and subject, never the body: it may carry a secret link. */
export type MailLog = (level: 'info' | 'warn', line: string) => void;

const SMTP_TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 };

type Deliver = (message: MailMessage & { from: string }) => Promise<string>;

function smtpDelivery(smtpUrl: string): Deliver {
  const transport = nodemailer.createTransport({ url: smtpUrl, ...SMTP_TIMEOUTS });
  return async (message) => {
    await transport.sendMail(message);
    return 'sent by SMTP';
  };
}

function outboxDelivery(dataDir: string): Deliver {
  const outbox = path.join(dataDir, 'outbox');
  const composer = nodemailer.createTransport({
    streamTransport: true,
    buffer: true,
    newline: 'unix',
  });
  return async (message) => {
    const composed = await composer.sendMail(message);
    await mkdir(outbox, { recursive: true, mode: 0o700 });
    const file = path.join(
      outbox,
      `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomBytes(3).toString('hex')}.eml`,
    );
    await writeFile(file, composed.message as Buffer, { mode: 0o600 });
    return `written to ${file} (SMTP_URL is not set)`;
  };
}

/**
 * Sends through SMTP when SMTP_URL is set. Without it, writes each message as an .eml file
 * into `<DATA_DIR>/outbox` and logs its recipient and subject, so the portal works offline.
 */
export function createMailer(config: Config, log: MailLog): Mailer {
  const deliver = config.smtpUrl ? smtpDelivery(config.smtpUrl) : outboxDelivery(config.dataDir);
  return {
    send: async (message) => {
      const summary = `mail to ${message.to} "${message.subject}"`;
      try {
        log('info', `${summary} ${await deliver({ from: config.mailFrom, ...message })}`);
        return { sent: true };
      } catch (error) {
        const reason = (error as Error).message;
        log('warn', `${summary} failed: ${reason}`);
        return { sent: false, error: reason };
      }
    },
  };
}
