import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { AppContext } from '../../context.js';
import { accountActorOf } from './account-actor.js';
import { confirmEmailChange, requestEmailChange } from './email-change.js';
import { changePassword } from './password-change.js';
import {
  updatePreferences,
  type PreferencesChange as PreferencesChangeInput,
} from './preferences-service.js';
import { accountOf, updateProfile } from './profile-service.js';
import { EmailChange, PasswordChange, PreferencesChange, ProfileChange, Token } from './schemas.js';

const tags = ['account'];

export async function accountRoutes(server: FastifyInstance, ctx: AppContext) {
  const app = server.withTypeProvider<TypeBoxTypeProvider>();

  app.get('/api/portal/account', {
    config: { access: 'account.manage' },
    schema: { tags, summary: 'Profile and security status of the signed-in member' },
    handler: async (request) => accountOf(ctx, request.auth!.user.id),
  });

  app.patch('/api/portal/account/profile', {
    config: { access: 'account.manage' },
    schema: { tags, summary: 'Change first name, last name or phone', body: ProfileChange },
    handler: async (request) => updateProfile(ctx, accountActorOf(request), request.body),
  });

  app.post('/api/portal/account/email', {
    config: { access: 'account.manage' },
    schema: {
      tags,
      summary: 'Ask to change the email address; a confirmation link goes to the new one',
      body: EmailChange,
    },
    handler: async (request) => {
      await requestEmailChange(ctx, accountActorOf(request), request.body);
      return { ok: true };
    },
  });

  app.post('/api/portal/account/email/confirm', {
    config: { access: 'public' },
    schema: {
      tags,
      summary: 'Confirm an email change with the emailed token',
      body: Type.Object({ token: Token }),
    },
    handler: async (request) => {
      await confirmEmailChange(ctx, { token: request.body.token, ip: request.ip });
      return { ok: true };
    },
  });

  app.post('/api/portal/account/password', {
    config: { access: 'account.manage' },
    schema: {
      tags,
      summary: 'Change the password; every other session is signed out',
      body: PasswordChange,
    },
    handler: async (request) => {
      await changePassword(ctx, accountActorOf(request), request.body);
      return { ok: true };
    },
  });

  app.patch('/api/portal/account/preferences', {
    config: { access: 'account.manage' },
    schema: { tags, summary: 'Change display and notification settings', body: PreferencesChange },
    handler: async (request) =>
      updatePreferences(ctx, accountActorOf(request), request.body as PreferencesChangeInput),
  });
}
