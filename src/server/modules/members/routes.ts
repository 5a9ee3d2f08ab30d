import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import {
  MemberItem,
  MemberListQuery,
  MemberPage,
  RoleChange,
} from '../../../common/members-api.js';
import { DEFAULT_PAGE_SIZE } from '../../../common/page.js';
import type { AppContext } from '../../context.js';
import { RecordId } from '../../http/input-schemas.js';
import { NoContent } from '../../../common/schema-kit.js';
import * as service from './service.js';

const MemberParams = Type.Object({ userId: RecordId() });

export async function memberRoutes(server: FastifyInstance, ctx: AppContext) {
  const app = server.withTypeProvider<TypeBoxTypeProvider>();

  app.get('/api/portal/members', {
    config: { access: 'members.view' },
    schema: {
      tags: ['portal'],
      summary: 'Active members of the organization',
      querystring: MemberListQuery,
      response: { 200: MemberPage },
    },
    handler: async (request) =>
      service.listMembers(ctx, request.actor!, {
        ...request.query,
        limit: request.query.limit ?? DEFAULT_PAGE_SIZE,
      }),
  });

  app.patch('/api/portal/members/:userId', {
    config: { access: 'members.manage' },
    schema: {
      tags: ['portal'],
      summary: "Change a member's role (the last Admin stays Admin)",
      params: MemberParams,
      body: RoleChange,
      response: { 200: MemberItem },
    },
    handler: async (request) =>
      service.changeMemberRole(
        ctx,
        request.actor!,
        request.params.userId,
        request.body.role,
        request.ip,
      ),
  });

  app.delete('/api/portal/members/:userId', {
    config: { access: 'members.manage' },
    schema: {
      tags: ['portal'],
      summary: 'Remove a member from the organization (not the last Admin)',
      params: MemberParams,
      response: { 204: NoContent },
    },
    handler: async (request, reply) => {
      await service.removeMember(ctx, request.actor!, request.params.userId, request.ip);
      return reply.status(204).send(null);
    },
  });
}
