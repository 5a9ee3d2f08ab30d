import { createContext, useContext } from 'react';

/** What a Contact support request is about: nothing in particular, or a license (and the code a check answered). */
export interface SupportSubject {
  licenseId?: number;
  validationCode?: string;
}

export const SupportContext = createContext<(subject?: SupportSubject) => void>(() => undefined);

/** Opens the Contact support dialog, pre-filled with the organization and the subject. */
export const useContactSupport = () => useContext(SupportContext);
