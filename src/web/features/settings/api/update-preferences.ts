import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import type { SessionPayload } from '../../../../common/api-types';
import type {
  NotificationChannels,
  NotificationTopic,
  Preferences,
  PreferencesChange,
} from '../../../../common/preferences';
import { apiRequest } from '../../../api/client';
import { sessionQuery, useSession } from '../../../api/session';

export const updatePreferences = (change: PreferencesChange) =>
  apiRequest<Preferences>('/account/preferences', { method: 'PATCH', body: change });

function applied(preferences: Preferences, change: PreferencesChange): Preferences {
  const notifications = { ...preferences.notifications };
  for (const [topic, channels] of Object.entries(change.notifications ?? {}) as [
    NotificationTopic,
    Partial<NotificationChannels>,
  ][]) {
    notifications[topic] = { ...notifications[topic], ...channels };
  }
  return { ...preferences, ...change, notifications };
}

const withPreferences = (
  session: SessionPayload | undefined,
  preferences: (current: Preferences) => Preferences,
) =>
  session && {
    ...session,
    user: { ...session.user, preferences: preferences(session.user.preferences) },
  };

type SaveOptions = { onSuccess?: () => void; onError?: (error: Error) => void };

/**
 * The member's settings and a `save` that shows a change at once: in the cached session, so
 * every date and the theme follow, and in this component's own state, which React renders
 * before the click that changed a controlled checkbox or select is over (the cache tells its
 * readers a tick later, and React would snap the control back in between). The server's
 * answer replaces the guess; a failure puts the old settings back.
 */
export function useUpdatePreferences() {
  const queryClient = useQueryClient();
  const stored = useSession().user.preferences;
  const [shown, setShown] = useState<Preferences>();
  const pending = useRef(0);
  const setSession = (update: (current: Preferences) => Preferences) =>
    queryClient.setQueryData<SessionPayload>(sessionQuery.queryKey, (session) =>
      withPreferences(session, update),
    );
  const mutation = useMutation({
    mutationFn: ({ change }: { change: PreferencesChange; before: Preferences }) =>
      updatePreferences(change),
    onError: (_error, { before }) => setSession(() => before),
    onSuccess: (preferences) => setSession(() => preferences),
    onSettled: () => {
      // Until the last save in flight is answered the guess stays: an earlier answer lacks later changes.
      pending.current -= 1;
      if (pending.current === 0) setShown(undefined);
    },
  });
  const save = (change: PreferencesChange, options: SaveOptions) => {
    const before =
      queryClient.getQueryData<SessionPayload>(sessionQuery.queryKey)?.user.preferences ?? stored;
    const next = applied(before, change);
    pending.current += 1;
    setShown(next);
    setSession(() => next);
    mutation.mutate({ change, before }, options);
  };
  return { preferences: shown ?? stored, save };
}
