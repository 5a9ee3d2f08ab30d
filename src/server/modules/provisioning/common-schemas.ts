import { Type } from 'typebox';
import { DEFAULT_PAGE_SIZE } from '../../../common/page.js';
import type { KeysetOrder, KeysetPosition } from '../../db/list-queries.js';
import { decodeCursor } from '../../http/pagination.js';
import { ErrorBody, nullable } from '../../http/schema-helpers.js';

export const IdParams = Type.Object({
  id: Type.Integer({ minimum: 1, description: 'The record’s id.' }),
});

export const Email = Type.String({
  format: 'email',
  maxLength: 254,
  description: 'An email address.',
});
export const CalendarDate = (description: string) =>
  Type.String({ format: 'date', description: `${description} (YYYY-MM-DD)` });
export const Instant = (description: string) =>
  Type.String({ format: 'date-time', description: `${description} (ISO 8601, UTC)` });

export const vendorErrors = {
  400: ErrorBody(
    'validation_failed or invalid_request: `fields` names each wrong field; nothing was written.',
  ),
  401: ErrorBody('unauthenticated: send a valid vendor token as Authorization: Bearer <token>.'),
  404: ErrorBody('not_found: the record does not exist.'),
  409: ErrorBody(
    'already_exists or invalid_transition: `fields` names the conflicting field when there is one.',
  ),
};

/** Vendor lists run oldest first: by creation time, then id. */
export const oldestFirst = (table: string, column = 'created_at'): KeysetOrder => ({
  sortBy: `${table}.${column}`,
  id: `${table}.id`,
  direction: 'asc',
});

export const createdPosition = (row: { id: number; created_at: string }): KeysetPosition => ({
  sortValue: row.created_at,
  id: row.id,
});

/** Where a vendor list page starts and how long it is. */
export function pageRequest(query: { cursor?: string; limit?: number }) {
  return { position: decodeCursor(query.cursor), limit: query.limit ?? DEFAULT_PAGE_SIZE };
}

/** Where members reach the vendor's support and send renewal requests (decision 092). */
export const SupportContactFields = (scope: string) => ({
  supportEmail: Type.Optional(
    nullable(
      Type.String({ format: 'email', maxLength: 254, description: `Support email${scope}.` }),
    ),
  ),
  supportUrl: Type.Optional(
    nullable(
      Type.String({
        pattern: '^https?://\\S+$',
        maxLength: 500,
        description: `Support page (http or https)${scope}.`,
      }),
    ),
  ),
  renewalEmail: Type.Optional(
    nullable(
      Type.String({
        format: 'email',
        maxLength: 254,
        description: `Where renewal requests are mailed${scope}.`,
      }),
    ),
  ),
});
