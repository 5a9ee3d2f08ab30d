import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { AppContext } from '../../context.js';
import { markNotificationsRead, notificationsOf } from './service.js';

export async function notificationRoutes(server: FastifyInstance, ctx: AppContext) {
  const app = server.withTypeProvider<TypeBoxTypeProvider>();

  app.get('/api/portal/notifications', {
    config: { access: 'account.manage' },
    schema: {
      tags: ['portal'],
      summary: 'The latest in-portal notifications and the unread count',
    },
    handler: async (request) => notificationsOf(ctx, request.auth!.user.id),
  });

  app.post('/api/portal/notifications/read', {
    config: { access: 'account.manage' },
    schema: {
      tags: ['portal'],
      summary: 'Mark notifications read: the listed ones, or all',
      body: Type.Object({
        ids: Type.Optional(Type.Array(Type.Integer({ minimum: 1 }), { maxItems: 200 })),
      }),
    },
    handler: async (request) => markNotificationsRead(ctx, request.auth!.user.id, request.body.ids),
  });
}
