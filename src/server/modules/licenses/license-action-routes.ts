import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { FEATURE_CODE_PATTERN } from '../../../common/license-features.js';
import type { AppContext } from '../../context.js';
import { activateLicense } from './activate-service.js';
import { diagnoseLicense } from './diagnose-service.js';
import { revealLicenseKey } from './key-service.js';

const LicenseParams = Type.Object({ licenseId: Type.Integer({ minimum: 1 }) });
const Text = (description: string) =>
  Type.String({ minLength: 1, maxLength: 200, pattern: '\\S', description });

export async function licenseActionRoutes(server: FastifyInstance, ctx: AppContext) {
  const app = server.withTypeProvider<TypeBoxTypeProvider>();

  app.post('/api/portal/licenses/:licenseId/activations', {
    config: { access: 'licenses.activate' },
    schema: {
      tags: ['portal'],
      summary: 'Activate seats of a license (never beyond the seats still available)',
      params: LicenseParams,
      body: Type.Object(
        {
          quantity: Type.Integer({ minimum: 1, maximum: 100000 }),
          projectName: Text('Project the seats are for'),
          projectManager: Text('Who is responsible for them'),
          identifier: Text(
            "Serial number, machine fingerprint or domain, by the product's activation kind",
          ),
        },
        { additionalProperties: false },
      ),
    },
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(
          await activateLicense(
            ctx,
            request.actor!,
            request.params.licenseId,
            request.body,
            request.ip,
          ),
        ),
  });

  app.post('/api/portal/licenses/:licenseId/reveal-key', {
    config: { access: 'licenses.revealKey' },
    schema: {
      tags: ['portal'],
      summary: 'The full license key (audited)',
      params: LicenseParams,
      body: Type.Object(
        { purpose: Type.Union([Type.Literal('reveal'), Type.Literal('copy')]) },
        { additionalProperties: false },
      ),
    },
    handler: async (request) =>
      revealLicenseKey(
        ctx,
        request.actor!,
        request.params.licenseId,
        request.body.purpose,
        request.ip,
      ),
  });

  app.post('/api/portal/licenses/diagnose', {
    config: { access: 'licenses.diagnose' },
    schema: {
      tags: ['portal'],
      summary:
        "The verdict the software gets for a key of the organization, step by step (other organizations' keys: not found)",
      body: Type.Object(
        {
          key: Type.String({ minLength: 1, maxLength: 200 }),
          identifier: Type.Optional(
            Type.String({
              maxLength: 255,
              description: 'Machine fingerprint, domain or serial to check',
            }),
          ),
          features: Type.Optional(
            Type.Array(Type.String({ pattern: FEATURE_CODE_PATTERN }), {
              maxItems: 50,
              description: 'Feature codes the software asks for',
            }),
          ),
        },
        { additionalProperties: false },
      ),
    },
    handler: async (request) =>
      diagnoseLicense(ctx, request.actor!, request.body, request.auth!.user.preferences.timezone),
  });
}
