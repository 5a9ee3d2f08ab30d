import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import {
  MarkNotificationsRead,
  NotificationsPayload,
  UnreadCount,
} from '../../../common/account-api.js';
import type { AppContext } from '../../context.js';
import { markNotificationsRead, notificationsOf } from './service.js';

export async function notificationRoutes(server: FastifyInstance, ctx: AppContext) {
  const app = server.withTypeProvider<TypeBoxTypeProvider>();

  app.get('/api/portal/notifications', {
    config: { access: 'account.manage' },
    schema: {
      tags: ['portal'],
      summary: 'The latest in-portal notifications and the unread count',
      response: { 200: NotificationsPayload },
    },
    handler: async (request) => notificationsOf(ctx, request.auth!.user.id),
  });

  app.post('/api/portal/notifications/read', {
    config: { access: 'account.manage' },
    schema: {
      tags: ['portal'],
      summary: 'Mark notifications read: the listed ones, or all',
      body: MarkNotificationsRead,
      response: { 200: UnreadCount },
    },
    handler: async (request) => markNotificationsRead(ctx, request.auth!.user.id, request.body.ids),
  });
}
