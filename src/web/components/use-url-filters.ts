import { useNavigate, useSearch } from '@tanstack/react-router';
import { useCallback, useMemo } from 'react';

export type UrlFilters<Key extends string> = Partial<Record<Key, string>>;

/**
 * A list's filters as URL search parameters, so a filtered view can be bookmarked, shared
 * and restored with Back. Values are strings; an empty value removes the parameter.
 */
export function useUrlFilters<Key extends string>(
  keys: readonly Key[],
): [UrlFilters<Key>, (patch: UrlFilters<Key>) => void] {
  const search = useSearch({ strict: false }) as Record<string, unknown>;
  const navigate = useNavigate();
  const values = useMemo(() => {
    const present = keys.filter(
      (key) => search[key] !== undefined && search[key] !== null && search[key] !== '',
    );
    return Object.fromEntries(present.map((key) => [key, String(search[key])])) as UrlFilters<Key>;
  }, [search, keys]);
  const update = useCallback(
    (patch: UrlFilters<Key>) =>
      void navigate({
        to: '.',
        replace: true,
        search: (previous: Record<string, unknown>) => {
          const next = { ...previous };
          for (const [key, value] of Object.entries(patch)) {
            if (value === undefined || value === '') delete next[key];
            else next[key] = value;
          }
          return next;
        },
      }),
    [navigate],
  );
  return [values, update];
}
