/** What an activation binds a license to: a machine (fingerprint/HWID), a domain, or a serial number. */
export const ACTIVATION_KINDS = ['machine', 'domain', 'serial'] as const;
export type ActivationKind = (typeof ACTIVATION_KINDS)[number];
