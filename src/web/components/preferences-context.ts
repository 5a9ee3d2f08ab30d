import { createContext, useContext } from 'react';
import type { SessionPayload } from '../../common/api-types';

export type MemberPreferences = SessionPayload['user']['preferences'];

/** The signed-in member's preferences, given by the signed-in frame (`PreferencesProvider`). */
export const PreferencesContext = createContext<MemberPreferences | null>(null);

/**
 * The signed-in member's preferences, for what renders many times on a page (a date per
 * cell): each `useSession()` is a query observer of its own, with a subscription and a stale
 * timer, 50–75 of them per list page (decision 162).
 */
export function usePreferences(): MemberPreferences {
  const preferences = useContext(PreferencesContext);
  if (!preferences) throw new Error('usePreferences is for pages inside the signed-in frame');
  return preferences;
}
