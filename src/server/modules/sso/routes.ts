import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { NoContent, OkAnswer } from '../../../common/schema-kit.js';
import {
  CreatedScimToken,
  ScimTokenInput,
  ScimTokenList,
  SsoSettings,
  SsoSettingsInput,
  SsoTestInput,
  SsoTestResult,
} from '../../../common/sso-api.js';
import type { AppContext } from '../../context.js';
import { RecordId } from '../../http/input-schemas.js';
import { createScimToken, listScimTokens, revokeScimToken } from '../scim/token-service.js';
import * as settings from './settings-service.js';

/** The organization's single sign-on and SCIM settings (Settings › Single sign-on; docs/sso.md). */
export async function ssoSettingsRoutes(server: FastifyInstance, ctx: AppContext) {
  const app = server.withTypeProvider<TypeBoxTypeProvider>();

  app.get('/api/portal/sso', {
    config: { access: 'sso.view' },
    schema: {
      tags: ['portal'],
      summary: 'The organization’s single sign-on settings (never the client secret)',
      response: { 200: SsoSettings },
    },
    handler: async (request) => settings.getSsoSettings(ctx, request.actor!),
  });

  app.put('/api/portal/sso', {
    config: { access: 'sso.manage' },
    schema: {
      tags: ['portal'],
      summary:
        'Save the single sign-on connection; leave clientSecret out to keep the stored one (409 domain_taken: a domain signs in to another organization)',
      body: SsoSettingsInput,
      response: { 200: SsoSettings },
    },
    handler: async (request) =>
      settings.saveSsoSettings(ctx, request.actor!, request.body, request.ip),
  });

  app.delete('/api/portal/sso', {
    config: { access: 'sso.manage' },
    schema: {
      tags: ['portal'],
      summary: 'Turn single sign-on off (password sign-in works again; 404 when none is set up)',
      response: { 204: NoContent },
    },
    handler: async (request, reply) => {
      await settings.removeSsoSettings(ctx, request.actor!, request.ip);
      return reply.status(204).send(null);
    },
  });

  app.post('/api/portal/sso/test', {
    config: { access: 'sso.manage' },
    schema: {
      tags: ['portal'],
      summary:
        'Test a connection before saving it: discovery, the authorization endpoint with the redirect URI, and the client secret',
      body: SsoTestInput,
      response: { 200: SsoTestResult },
    },
    handler: async (request) => settings.testSsoConnection(ctx, request.actor!, request.body),
  });

  app.get('/api/portal/scim/tokens', {
    config: { access: 'sso.manage' },
    schema: {
      tags: ['portal'],
      summary: 'The organization’s SCIM tokens that are not revoked (never the token itself)',
      response: { 200: ScimTokenList },
    },
    handler: async (request) => listScimTokens(ctx, request.actor!),
  });

  app.post('/api/portal/scim/tokens', {
    config: { access: 'sso.manage' },
    schema: {
      tags: ['portal'],
      summary: 'Create a SCIM bearer token for the organization; the answer shows it this once',
      body: ScimTokenInput,
      response: { 201: CreatedScimToken },
    },
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(await createScimToken(ctx, request.actor!, request.body.name, request.ip)),
  });

  app.delete('/api/portal/scim/tokens/:tokenId', {
    config: { access: 'sso.manage' },
    schema: {
      tags: ['portal'],
      summary: 'Revoke a SCIM token: provisioning with it stops at once',
      params: Type.Object({ tokenId: RecordId() }),
      response: { 200: OkAnswer },
    },
    handler: async (request) => {
      await revokeScimToken(ctx, request.actor!, request.params.tokenId, request.ip);
      return { ok: true as const };
    },
  });
}
