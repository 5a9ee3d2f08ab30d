import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { AppContext } from '../../context.js';
import { requestPasswordReset, resetPassword } from './password-reset.js';
import { Password, Token } from './schemas.js';

const tags = ['account'];

export async function passwordResetRoutes(server: FastifyInstance, ctx: AppContext) {
  const app = server.withTypeProvider<TypeBoxTypeProvider>();

  app.post('/api/portal/auth/forgot-password', {
    config: { access: 'public' },
    schema: {
      tags,
      summary:
        'Email a password reset link; the answer is the same whether the address has an account',
      body: Type.Object({ email: Type.String({ minLength: 3, maxLength: 254 }) }),
    },
    handler: async (request) => {
      const { work } = await requestPasswordReset(ctx, request.body.email, request.ip);
      work().catch((error: unknown) =>
        request.log.error({ err: error }, 'password reset request failed'),
      );
      return { ok: true };
    },
  });

  app.post('/api/portal/auth/reset-password', {
    config: { access: 'public' },
    schema: {
      tags,
      summary: 'Set a new password with the emailed token; signs out every session',
      body: Type.Object({ token: Token, password: Password }),
    },
    handler: async (request) => {
      await resetPassword(ctx, { ...request.body, ip: request.ip });
      return { ok: true };
    },
  });
}
