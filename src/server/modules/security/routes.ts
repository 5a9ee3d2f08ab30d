import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { SESSION_COOKIE } from '../../auth/session-cookie.js';
import { completeSecondFactor } from '../../auth/second-factor-sign-in.js';
import type { AppContext } from '../../context.js';
import { accountActorOf } from '../account/account-actor.js';
import {
  OtherSessionsEnded,
  PasswordConfirmation,
  RecoveryCodesPayload,
  SecondFactor,
  SecondFactorCode,
  SessionList,
  TwoFactorSetupPayload,
} from '../../../common/account-api.js';
import { OK, OkAnswer } from '../../../common/schema-kit.js';
import { revokeOtherSessions, revokeSession, sessionsOf } from './sessions-service.js';
import { startPortalSession } from './sign-in-alert.js';
import {
  disableTwoFactor,
  enableTwoFactor,
  regenerateRecoveryCodes,
  startTwoFactorSetup,
} from './two-factor-service.js';

const tags = ['account'];

export async function securityRoutes(server: FastifyInstance, ctx: AppContext) {
  const app = server.withTypeProvider<TypeBoxTypeProvider>();

  app.post('/api/portal/auth/login/second-factor', {
    config: { access: 'public' },
    schema: {
      tags: ['portal'],
      summary: 'Complete a sign-in with an authenticator code or a recovery code',
      body: SecondFactor,
      response: { 200: OkAnswer },
    },
    handler: async (request, reply) => {
      const session = await completeSecondFactor(ctx, {
        ...request.body,
        ip: request.ip,
        userAgent: request.headers['user-agent'] ?? null,
        previousToken: request.cookies[SESSION_COOKIE],
      });
      await startPortalSession(ctx, request, reply, session);
      return OK;
    },
  });

  app.post('/api/portal/account/two-factor/setup', {
    config: { access: 'account.manage' },
    schema: {
      tags,
      summary: 'Start two-factor enrolment: a new secret and its QR code',
      body: PasswordConfirmation,
      response: { 200: TwoFactorSetupPayload },
    },
    handler: async (request) =>
      startTwoFactorSetup(ctx, accountActorOf(request), request.body.password),
  });

  app.post('/api/portal/account/two-factor/enable', {
    config: { access: 'account.manage' },
    schema: {
      tags,
      summary: 'Confirm enrolment with a code; answers the recovery codes, once',
      body: Type.Object({ code: SecondFactorCode }),
      response: { 200: RecoveryCodesPayload },
    },
    handler: async (request) => enableTwoFactor(ctx, accountActorOf(request), request.body.code),
  });

  app.post('/api/portal/account/two-factor/disable', {
    config: { access: 'account.manage' },
    schema: {
      tags,
      summary: 'Turn off two-factor authentication',
      body: PasswordConfirmation,
      response: { 200: OkAnswer },
    },
    handler: async (request) => {
      await disableTwoFactor(ctx, accountActorOf(request), request.body.password);
      return OK;
    },
  });

  app.post('/api/portal/account/two-factor/recovery-codes', {
    config: { access: 'account.manage' },
    schema: {
      tags,
      summary: 'Replace the recovery codes; answers the new ones, once',
      body: PasswordConfirmation,
      response: { 200: RecoveryCodesPayload },
    },
    handler: async (request) =>
      regenerateRecoveryCodes(ctx, accountActorOf(request), request.body.password),
  });

  app.get('/api/portal/account/sessions', {
    config: { access: 'account.manage' },
    schema: {
      tags,
      summary: 'Active sessions of the signed-in member, the current one marked',
      response: { 200: SessionList },
    },
    handler: async (request) => ({ sessions: await sessionsOf(ctx, accountActorOf(request)) }),
  });

  app.delete('/api/portal/account/sessions/:sessionId', {
    config: { access: 'account.manage' },
    schema: {
      tags,
      summary: 'Sign out one other session',
      params: Type.Object({ sessionId: Type.Integer({ minimum: 1 }) }),
      response: { 200: OkAnswer },
    },
    handler: async (request) => {
      await revokeSession(ctx, accountActorOf(request), request.params.sessionId);
      return OK;
    },
  });

  app.post('/api/portal/account/sessions/revoke-others', {
    config: { access: 'account.manage' },
    schema: {
      tags,
      summary: 'Sign out every other session',
      response: { 200: OtherSessionsEnded },
    },
    handler: async (request) => revokeOtherSessions(ctx, accountActorOf(request)),
  });
}
