import { describe, expect, it } from 'vitest';
import { validateActivationSearch } from '../../src/web/features/activations/activation-filters';
import {
  parseLicenseFilters,
  validateLicenseSearch,
} from '../../src/web/features/licenses/license-filters';
import { parseSearch, stringifySearch } from '../../src/web/search-params';

// What a page sees of its URL: the router's parseSearch, with the route's validateSearch laid over it.
const pageSees = <Search>(validate: (raw: Record<string, unknown>) => Search, url: string) => {
  const raw = parseSearch(url);
  return { ...raw, ...validate(raw) };
};

describe('URL search parameters', () => {
  it('are typed by the route: numbers, days and known values', () => {
    expect(
      pageSees(
        validateActivationSearch,
        '?productId=3&from=2026-01-02&sort=productName&direction=asc&size=25&q=ACME',
      ),
    ).toEqual({
      productId: 3,
      from: '2026-01-02',
      sort: 'productName',
      direction: 'asc',
      size: 25,
      q: 'ACME',
    });
  });

  it('drop what is malformed or unknown, so the page falls back to its defaults', () => {
    const search = pageSees(
      validateLicenseSearch,
      '?tab=nope&product=-1&expiring=100000&size=7&sort=%7B%7D&from=yesterday&open=1.5&extra=1&q=',
    );
    // An unknown parameter stays in the address, unread.
    expect(search).toEqual({ extra: 1 });
    expect(parseLicenseFilters(search)).toMatchObject({
      tab: 'products',
      direction: 'asc',
      size: 50,
      productSort: 'name',
      assigned: 'all',
    });
    expect(pageSees(validateLicenseSearch, '?q=a&q=b')).toEqual({});
  });

  it('read naturally: a number-like text is neither quoted in the URL nor turned into a number', () => {
    expect(stringifySearch({ q: '123', assigned: 'all', productId: 4 })).toBe(
      '?q=123&assigned=all&productId=4',
    );
    expect(pageSees(validateLicenseSearch, '?q=123&assigned=12')).toEqual({
      q: '123',
      assigned: '12',
    });
    expect(pageSees(validateLicenseSearch, '?q=%7B%22a%22%3A1%7D')).toEqual({ q: '{"a":1}' });
  });

  it('keep the view of everyone\'s licenses over a member\'s default of "mine"', () => {
    expect(
      parseLicenseFilters(pageSees(validateLicenseSearch, '?assigned=all'), 'mine'),
    ).toMatchObject({
      assigned: 'all',
    });
    expect(parseLicenseFilters({}, 'mine')).toMatchObject({ assigned: 'me' });
  });
});
