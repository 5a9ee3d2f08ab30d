import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { AppContext } from '../../context.js';
import { accountActorOf } from './account-actor.js';
import { confirmEmailChange, requestEmailChange } from './email-change.js';
import { changePassword } from './password-change.js';
import { updatePreferences } from './preferences-service.js';
import { accountOf, updateProfile } from './profile-service.js';
import {
  AccountPayload,
  EmailChange,
  PasswordChange,
  ProfileChange,
  Token,
} from '../../../common/account-api.js';
import { Preferences, PreferencesChange } from '../../../common/preferences.js';
import { OK, OkAnswer } from '../../../common/schema-kit.js';

const tags = ['account'];

export async function accountRoutes(server: FastifyInstance, ctx: AppContext) {
  const app = server.withTypeProvider<TypeBoxTypeProvider>();

  app.get('/api/portal/account', {
    config: { access: 'account.manage' },
    schema: {
      tags,
      summary: 'Profile and security status of the signed-in member',
      response: { 200: AccountPayload },
    },
    handler: async (request) => accountOf(ctx, request.auth!.user.id),
  });

  app.patch('/api/portal/account/profile', {
    config: { access: 'account.manage' },
    schema: {
      tags,
      summary: 'Change first name, last name or phone',
      body: ProfileChange,
      response: { 200: AccountPayload },
    },
    handler: async (request) => updateProfile(ctx, accountActorOf(request), request.body),
  });

  app.post('/api/portal/account/email', {
    config: { access: 'account.manage' },
    schema: {
      tags,
      summary: 'Ask to change the email address; a confirmation link goes to the new one',
      body: EmailChange,
      response: { 200: OkAnswer },
    },
    handler: async (request) => {
      await requestEmailChange(ctx, accountActorOf(request), request.body);
      return OK;
    },
  });

  app.post('/api/portal/account/email/confirm', {
    config: { access: 'public' },
    schema: {
      tags,
      summary: 'Confirm an email change with the emailed token',
      body: Type.Object({ token: Token }),
      response: { 200: OkAnswer },
    },
    handler: async (request) => {
      await confirmEmailChange(ctx, { token: request.body.token, ip: request.ip });
      return OK;
    },
  });

  app.post('/api/portal/account/password', {
    config: { access: 'account.manage' },
    schema: {
      tags,
      summary: 'Change the password; every other session is signed out',
      body: PasswordChange,
      response: { 200: OkAnswer },
    },
    handler: async (request) => {
      await changePassword(ctx, accountActorOf(request), request.body);
      return OK;
    },
  });

  app.patch('/api/portal/account/preferences', {
    config: { access: 'account.manage' },
    schema: {
      tags,
      summary: 'Change display and notification settings',
      body: PreferencesChange,
      response: { 200: Preferences },
    },
    handler: async (request) => updatePreferences(ctx, accountActorOf(request), request.body),
  });
}
