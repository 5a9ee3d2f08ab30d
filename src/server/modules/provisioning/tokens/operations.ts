import { Type } from 'typebox';
import {
  VendorApiToken,
  VendorApiTokenCreated,
  VendorApiTokenList,
} from '../../../../common/vendor-api.js';
import { text } from '../../../http/schema-helpers.js';
import { IdParams } from '../common-schemas.js';
import { defineOperation } from '../operation.js';
import { createApiToken, listApiTokens, revokeApiToken } from './service.js';

/** Tokens are made and revoked only from the CLI, by whoever runs the server. */
export const tokenOperations = [
  defineOperation({
    command: 'token create',
    summary: 'Create a vendor API token; it is printed once and stored only as a hash',
    body: Type.Object({ name: text('What the token is for, e.g. "erp" or "ci".', 80) }),
    response: VendorApiTokenCreated,
    run: (ctx, { body }) => createApiToken(ctx, body.name),
  }),
  defineOperation({
    command: 'token list',
    summary: 'List vendor API tokens (never the tokens themselves)',
    response: VendorApiTokenList,
    run: (ctx) => listApiTokens(ctx),
  }),
  defineOperation({
    command: 'token revoke',
    summary: 'Revoke a vendor API token; requests with it answer 401 from now on',
    params: IdParams,
    response: VendorApiToken,
    run: (ctx, { params }) => revokeApiToken(ctx, params.id),
  }),
];
