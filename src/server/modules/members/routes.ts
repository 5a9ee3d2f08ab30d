import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { MEMBER_SEARCH_SCOPES, MEMBER_SORT_COLUMNS } from '../../../common/members-api.js';
import { DEFAULT_PAGE_SIZE } from '../../../common/page.js';
import type { AppContext } from '../../context.js';
import { listQuerySchema, SearchQuery, sortQuery } from '../../http/list-query.js';
import { RecordId } from '../../http/input-schemas.js';
import { RoleSchema } from './schemas.js';
import * as service from './service.js';

const MemberParams = Type.Object({ userId: RecordId() });

export async function memberRoutes(server: FastifyInstance, ctx: AppContext) {
  const app = server.withTypeProvider<TypeBoxTypeProvider>();

  app.get('/api/portal/members', {
    config: { access: 'members.view' },
    schema: {
      tags: ['portal'],
      summary: 'Active members of the organization',
      querystring: listQuerySchema({
        role: Type.Optional(RoleSchema),
        scope: Type.Optional(
          Type.Union(
            MEMBER_SEARCH_SCOPES.map((scope) => Type.Literal(scope)),
            { description: 'Where q searches' },
          ),
        ),
        ...SearchQuery,
        ...sortQuery(MEMBER_SORT_COLUMNS, { sort: 'firstName', direction: 'asc' }),
      }),
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
      body: Type.Object({ role: RoleSchema }, { additionalProperties: false }),
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
    },
    handler: async (request, reply) => {
      await service.removeMember(ctx, request.actor!, request.params.userId, request.ip);
      return reply.status(204).send();
    },
  });
}
