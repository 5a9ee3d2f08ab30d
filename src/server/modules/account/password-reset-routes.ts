import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context.js';
import { requestPasswordReset, resetPassword } from './password-reset.js';
import { PasswordReset, PasswordResetRequest } from '../../../common/account-api.js';
import { OK, OkAnswer } from '../../../common/schema-kit.js';

const tags = ['account'];

export async function passwordResetRoutes(server: FastifyInstance, ctx: AppContext) {
  const app = server.withTypeProvider<TypeBoxTypeProvider>();

  app.post('/api/portal/auth/forgot-password', {
    config: { access: 'public' },
    schema: {
      tags,
      summary:
        'Email a password reset link; the answer is the same whether the address has an account',
      body: PasswordResetRequest,
      response: { 200: OkAnswer },
    },
    handler: async (request) => {
      const { work } = await requestPasswordReset(ctx, request.body.email, request.ip);
      work().catch((error: unknown) =>
        request.log.error({ err: error }, 'password reset request failed'),
      );
      return OK;
    },
  });

  app.post('/api/portal/auth/reset-password', {
    config: { access: 'public' },
    schema: {
      tags,
      summary: 'Set a new password with the emailed token; signs out every session',
      body: PasswordReset,
      response: { 200: OkAnswer },
    },
    handler: async (request) => {
      await resetPassword(ctx, { ...request.body, ip: request.ip });
      return OK;
    },
  });
}
