import { escapeHtml } from './escape-html.js';
import type { MailMessage } from './mailer.js';

export interface AssignmentEmailInput {
  to: string;
  organizationName: string;
  productName: string;
  entitlementPublicId: string;
  /** Seats the assignee holds now; 0 when the assignment ended. */
  quantity: number;
  /** Who made the change: a member's name, the vendor, or "Membership ended". */
  changedBy: string;
  licensesUrl: string;
}

const seats = (count: number) => `${count} seat${count === 1 ? '' : 's'}`;

/** Tells the assignee what they received (or no longer hold) and how to activate it. */
export function assignmentEmail(input: AssignmentEmailInput): MailMessage {
  const what = `${input.productName} (entitlement ${input.entitlementPublicId})`;
  const ended = input.quantity === 0;
  const subject = ended
    ? `${input.productName} is no longer assigned to you`
    : `${input.productName}: ${seats(input.quantity)} assigned to you in ${input.organizationName}`;
  const lead = ended
    ? `${input.changedBy} unassigned ${what} from you in ${input.organizationName}. Your activations stay until an Admin ends them.`
    : `${input.changedBy} assigned you ${seats(input.quantity)} of ${what} in ${input.organizationName}.`;
  const steps = ended
    ? []
    : [
        'To activate it:',
        `1. Sign in to the Customer Portal and open your licenses: ${input.licensesUrl}`,
        '2. Open the license, reveal its key and enter the key in the software.',
        '3. When the software asks for a user, give this email address: the activation then uses your seats.',
      ];
  const text = [lead, '', ...steps].join('\n');
  const list =
    steps.length > 1
      ? `<ol>${steps
          .slice(1)
          .map((step) => `<li>${escapeHtml(step.slice(3))}</li>`)
          .join('')}</ol>`
      : '';
  const html = `<!doctype html>
<html lang="en"><body style="font-family: sans-serif; line-height: 1.5">
<p>${escapeHtml(lead)}</p>
${ended ? '' : `<p>To activate it:</p>${list}<p><a href="${escapeHtml(input.licensesUrl)}">Open your licenses</a></p>`}
</body></html>`;
  return { to: input.to, subject, text, html };
}
