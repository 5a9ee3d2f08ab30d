import type { Language } from '../../common/preferences.js';
import type { Config } from '../config.js';
import { translator } from '../i18n/translate.js';
import { composeMail } from './compose.js';
import type { MailMessage } from './mailer.js';

export interface AssignmentEmailInput {
  to: string;
  language: Language;
  organizationName: string;
  productName: string;
  entitlementPublicId: string;
  /** Seats the assignee holds now; 0 when the assignment ended. */
  quantity: number;
  /** Who made the change: a member's name, the vendor, or "Membership ended". */
  changedBy: string;
}

/** Tells the assignee what they received (or no longer hold) and how to activate it. */
export function assignmentEmail(config: Config, input: AssignmentEmailInput): MailMessage {
  const t = translator(input.language);
  const licensesUrl = `${config.publicUrl}/licenses?assigned=me`;
  const values = {
    product: input.productName,
    entitlement: input.entitlementPublicId,
    organization: input.organizationName,
    changedBy: input.changedBy,
    seats: t('mail.seats', { count: input.quantity }),
  };
  const ended = input.quantity === 0;
  return composeMail(config, {
    to: input.to,
    language: input.language,
    subject: ended
      ? t('mail.assignment.subjectEnded', values)
      : t('mail.assignment.subjectAssigned', values),
    paragraphs: [
      ended ? t('mail.assignment.leadEnded', values) : t('mail.assignment.leadAssigned', values),
    ],
    steps: ended
      ? undefined
      : {
          intro: t('mail.assignment.stepsIntro'),
          items: [
            t('mail.assignment.stepOpen', { url: licensesUrl }),
            t('mail.assignment.stepKey'),
            t('mail.assignment.stepUser'),
          ],
        },
    action: { url: licensesUrl, label: t('mail.assignment.action') },
    footer: {
      reason: t('mail.assignment.reason'),
      link: { url: `${config.publicUrl}/settings`, label: t('mail.layout.notificationSettings') },
    },
  });
}
