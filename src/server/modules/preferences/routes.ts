import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { AppContext } from '../../context.js';
import { saveVisibleColumns } from './service.js';

const Identifier = Type.String({ pattern: '^[A-Za-z][A-Za-z0-9._-]{0,39}$' });

export async function preferenceRoutes(server: FastifyInstance, ctx: AppContext) {
  const app = server.withTypeProvider<TypeBoxTypeProvider>();

  app.patch('/api/portal/preferences/columns', {
    config: { access: 'account.manage' },
    schema: {
      tags: ['portal'],
      summary: 'Remember which columns the member shows in one table',
      body: Type.Object(
        { table: Identifier, columns: Type.Array(Identifier, { maxItems: 40 }) },
        { additionalProperties: false },
      ),
    },
    handler: async (request) => ({
      columns: await saveVisibleColumns(
        ctx,
        request.actor!.userId,
        request.body.table,
        request.body.columns,
      ),
    }),
  });
}
