import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SessionPayload } from '../../common/api-types';
import type { NotificationChannels, NotificationTopic, Preferences } from '../../common/preferences';
import { apiRequest } from './client';
import { sessionQuery } from './session';

export type PreferencesChange = Partial<Pick<Preferences, 'timezone' | 'theme' | 'dateDisplay' | 'density'>> & {
  notifications?: Partial<Record<NotificationTopic, Partial<NotificationChannels>>>;
};

export const updatePreferences = (change: PreferencesChange) => apiRequest<Preferences>('/account/preferences', { method: 'PATCH', body: change });

function applied(preferences: Preferences, change: PreferencesChange): Preferences {
  const notifications = { ...preferences.notifications };
  for (const [topic, channels] of Object.entries(change.notifications ?? {}) as [NotificationTopic, Partial<NotificationChannels>][]) {
    notifications[topic] = { ...notifications[topic], ...channels };
  }
  return { ...preferences, ...change, notifications };
}

const withPreferences = (session: SessionPayload | undefined, preferences: (current: Preferences) => Preferences) =>
  session && { ...session, user: { ...session.user, preferences: preferences(session.user.preferences) } };

type SaveOptions = { onSuccess?: () => void; onError?: (error: Error) => void };

/**
 * Saves settings and shows them at once in the cached session, so every date and the theme
 * follow; the server's answer replaces the guess, a failure puts the old settings back.
 * The guess is written before the request starts (not in onMutate, which runs a tick later)
 * so a controlled checkbox or select never snaps back to the old value in between.
 */
export function useUpdatePreferences() {
  const queryClient = useQueryClient();
  const setSession = (update: (current: Preferences) => Preferences) =>
    queryClient.setQueryData<SessionPayload>(sessionQuery.queryKey, (session) => withPreferences(session, update));
  const mutation = useMutation({
    mutationFn: ({ change }: { change: PreferencesChange; before?: Preferences }) => updatePreferences(change),
    onError: (_error, { before }) => {
      if (before) setSession(() => before);
    },
    onSuccess: (preferences) => setSession(() => preferences),
  });
  return (change: PreferencesChange, options: SaveOptions) => {
    const before = queryClient.getQueryData<SessionPayload>(sessionQuery.queryKey)?.user.preferences;
    setSession((current) => applied(current, change));
    mutation.mutate({ change, before }, options);
  };
}
