/** The vendor's support contact and what the portal pre-fills when a member asks for help (decision 092). */
export interface SupportContact {
  email: string | null;
  url: string | null;
}

export interface SupportRequestContext {
  organizationName: string;
  /** The product's contact, else the vendor's global one; both null when none is configured. */
  contact: SupportContact;
  license: {
    licenseId: number;
    productName: string;
    entitlementPublicId: string;
    salesOrder: string;
    maskedKey: string;
    /** What validating the license (without a machine) answers now, e.g. VALID or EXPIRED. */
    validationCode: string;
  } | null;
}

export interface RenewalRequestInput {
  /** Optional words for the vendor (seats wanted, term…). */
  message?: string;
}

export interface RenewalRequested {
  /** False when the mail could not be handed to the mail server; the request is audited either way. */
  emailDelivered: boolean;
  sentTo: string;
}
