import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { DEFAULT_PAGE_SIZE } from '../../../common/page.js';
import type { AppContext } from '../../context.js';
import { listQuerySchema, SearchQuery } from '../../http/list-query.js';
import { RecordId } from '../../http/input-schemas.js';
import * as service from './invitation-service.js';
import { RoleSchema } from './schemas.js';

const InvitationParams = Type.Object({ invitationId: RecordId() });

const NewInvitation = Type.Object(
  {
    email: Type.String({ format: 'email', maxLength: 254 }),
    phone: Type.Optional(
      Type.Union([
        Type.String({ pattern: '^\\s*(\\+?[0-9][0-9 ()./-]{2,30})?\\s*$' }),
        Type.Null(),
      ]),
    ),
    role: RoleSchema,
  },
  { additionalProperties: false },
);

export async function invitationRoutes(server: FastifyInstance, ctx: AppContext) {
  const app = server.withTypeProvider<TypeBoxTypeProvider>();

  app.get('/api/portal/members/invitations', {
    config: { access: 'members.view' },
    schema: {
      tags: ['portal'],
      summary: 'Invitations not yet accepted, newest first',
      querystring: listQuerySchema({ role: Type.Optional(RoleSchema), ...SearchQuery }),
    },
    handler: async (request) =>
      service.listInvitations(ctx, request.actor!, {
        ...request.query,
        limit: request.query.limit ?? DEFAULT_PAGE_SIZE,
      }),
  });

  app.post('/api/portal/members/invitations', {
    config: { access: 'members.manage' },
    schema: {
      tags: ['portal'],
      summary: 'Invite someone by email as Admin or Viewer',
      body: NewInvitation,
    },
    handler: async (request, reply) => {
      const actor = request.actor!;
      const created = await service.createInvitation(ctx, {
        organizationId: actor.organizationId,
        ...request.body,
        invitedBy: { userId: actor.userId, label: actor.label },
        ip: request.ip,
      });
      return reply.status(201).send(created);
    },
  });

  app.post('/api/portal/members/invitations/:invitationId/resend', {
    config: { access: 'members.manage' },
    schema: {
      tags: ['portal'],
      summary: 'Send a new link; the previous one stops working',
      params: InvitationParams,
    },
    handler: async (request) =>
      service.resendInvitation(ctx, request.actor!, request.params.invitationId, request.ip),
  });

  app.delete('/api/portal/members/invitations/:invitationId', {
    config: { access: 'members.manage' },
    schema: {
      tags: ['portal'],
      summary: 'Revoke an invitation; its link stops working',
      params: InvitationParams,
    },
    handler: async (request, reply) => {
      await service.revokeInvitation(ctx, request.actor!, request.params.invitationId, request.ip);
      return reply.status(204).send();
    },
  });
}
