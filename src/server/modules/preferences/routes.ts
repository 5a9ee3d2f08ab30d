import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { VisibleColumns, VisibleColumnsChange } from '../../../common/preferences.js';
import type { AppContext } from '../../context.js';
import { saveVisibleColumns } from './service.js';

export async function preferenceRoutes(server: FastifyInstance, ctx: AppContext) {
  const app = server.withTypeProvider<TypeBoxTypeProvider>();

  app.patch('/api/portal/preferences/columns', {
    config: { access: 'account.manage' },
    schema: {
      tags: ['portal'],
      summary: 'Remember which columns the member shows in one table',
      body: VisibleColumnsChange,
      response: { 200: VisibleColumns },
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
