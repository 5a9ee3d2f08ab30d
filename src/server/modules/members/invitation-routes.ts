import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { DEFAULT_PAGE_SIZE } from '../../../common/page.js';
import type { AppContext } from '../../context.js';
import { RecordId } from '../../http/input-schemas.js';
import * as service from './invitation-service.js';
import {
  InvitationCreated,
  InvitationListQuery,
  InvitationPage,
  NewInvitation,
} from '../../../common/members-api.js';
import { NoContent } from '../../../common/schema-kit.js';

const InvitationParams = Type.Object({ invitationId: RecordId() });

export async function invitationRoutes(server: FastifyInstance, ctx: AppContext) {
  const app = server.withTypeProvider<TypeBoxTypeProvider>();

  app.get('/api/portal/members/invitations', {
    config: { access: 'members.view' },
    schema: {
      tags: ['portal'],
      summary: 'Invitations not yet accepted, newest first',
      querystring: InvitationListQuery,
      response: { 200: InvitationPage },
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
      response: { 201: InvitationCreated },
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
      response: { 200: InvitationCreated },
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
      response: { 204: NoContent },
    },
    handler: async (request, reply) => {
      await service.revokeInvitation(ctx, request.actor!, request.params.invitationId, request.ip);
      return reply.status(204).send(null);
    },
  });
}
