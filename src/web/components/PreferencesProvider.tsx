import type { ReactNode } from 'react';
import { useSession } from '../api/session';
import { PreferencesContext } from './preferences-context';

/** Gives the components below the member's preferences, read from the session once. */
export function PreferencesProvider({ children }: { children: ReactNode }) {
  // The query shares unchanged data structurally: the context changes only when they do.
  const { preferences } = useSession().user;
  return <PreferencesContext value={preferences}>{children}</PreferencesContext>;
}
