import { parseSearchWith, stringifySearchWith, useNavigate } from '@tanstack/react-router';
import { useCallback } from 'react';
import { PAGE_SIZE_OPTIONS } from '../common/page';

/**
 * URL search parameters, read one way on every page: a route's `validateSearch` is built by
 * `searchParams` from one parser per parameter, and a parameter that is missing or malformed
 * is left out, so a hand-edited link falls back to the page's default instead of breaking it.
 */
export type SearchParam<Value> = (value: unknown) => Value | undefined;

type Parsed<Params> = {
  [Key in keyof Params]?: Params[Key] extends SearchParam<infer V> ? V : never;
};

/**
 * A route's `validateSearch`: each known parameter parsed, or `undefined`. The router lays this
 * over the raw parameters, so a malformed one must be overwritten, not just left out.
 */
export function searchParams<Params extends Record<string, SearchParam<unknown>>>(params: Params) {
  return (raw: Record<string, unknown>): Parsed<Params> => {
    const search: Record<string, unknown> = {};
    for (const key of Object.keys(params)) search[key] = params[key]!(raw[key]);
    return search as Parsed<Params>;
  };
}

// The router decodes `123` and `true` to a number and a boolean; a text parameter takes them back.
const scalar = (value: unknown) =>
  typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? String(value)
    : undefined;

/** Any non-empty text (a search, a product's platform name). */
export const text: SearchParam<string> = (value) => scalar(value) || undefined;

/** Text that matches a pattern from src/common (the same one the server's schema uses). */
export const matching =
  (pattern: string): SearchParam<string> =>
  (value) => {
    const string = scalar(value);
    return string && new RegExp(pattern).test(string) ? string : undefined;
  };

/** One of a list of values from src/common (sort columns, statuses, tabs). */
export const oneOf =
  <Value extends string>(options: readonly Value[]): SearchParam<Value> =>
  (value) =>
    options.includes(value as Value) ? (value as Value) : undefined;

/** An id or a count: a whole number from 1 to `max`. */
export const positiveInteger =
  (max = Number.MAX_SAFE_INTEGER): SearchParam<number> =>
  (value) => {
    const number = typeof value === 'number' ? value : Number(scalar(value) || Number.NaN);
    return Number.isSafeInteger(number) && number > 0 && number <= max ? number : undefined;
  };

/** A calendar day, YYYY-MM-DD. */
export const day: SearchParam<string> = (value) =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined;

/** A list's page size, one of the sizes the pager offers. */
export const pageSize: SearchParam<number> = (value) => {
  const size = Number(scalar(value));
  return (PAGE_SIZE_OPTIONS as readonly number[]).includes(size) ? size : undefined;
};

/**
 * A change to some of a page's parameters. A form control's string is accepted: the route's
 * `validateSearch` parses it on the way in. `undefined` or an empty string removes the parameter.
 */
export type SearchPatch<Search> = { [Key in keyof Search]?: Search[Key] | string };

/** Changes the current page's search parameters in place (Back returns to the page before it). */
export function useSearchUpdate<Search>(): (patch: SearchPatch<Search>) => void {
  const navigate = useNavigate();
  return useCallback(
    (patch: SearchPatch<Search>) =>
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
}

/**
 * Plain `key=value` URLs (`?q=123`, not the router's default `?q=%22123%22`): every parameter
 * is a single value that its parser reads from text, so no value needs JSON in the URL.
 */
export const parseSearch = parseSearchWith((value) => value);
export const stringifySearch = stringifySearchWith(JSON.stringify);
