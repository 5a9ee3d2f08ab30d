import type { WebhookEventData, WebhookLicense } from '../../common/webhook-events.js';
import type { ActivationKind } from '../../common/activation-kinds.js';

// The parts of event data that several emitters share, from the rows they already hold.

/** Every end of an activation is reported once, whoever notices it first (job or seat engine). */
export const activationEndedOnce = (activationId: number) => `activation.ended:${activationId}`;

export const webhookLicense = (license: {
  id: number;
  entitlement_public_id: string;
  product_code: string;
  key_last4: string;
}): WebhookLicense => ({
  id: license.id,
  entitlement: license.entitlement_public_id,
  productCode: license.product_code,
  keyLast4: license.key_last4,
});

export const webhookActivation = (activation: {
  id: number;
  kind: ActivationKind;
  identifier: string;
  quantity: number;
  hostname: string | null;
  activated_at: string;
  activated_by_label: string;
}): WebhookEventData<'activation.created'>['activation'] => ({
  id: activation.id,
  kind: activation.kind,
  identifier: activation.identifier,
  quantity: activation.quantity,
  hostname: activation.hostname,
  activatedAt: activation.activated_at,
  activatedBy: activation.activated_by_label,
});
