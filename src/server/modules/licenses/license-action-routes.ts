import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import {
  ActivateLicenseInput,
  DiagnoseLicenseInput,
  LicenseActivated,
  LicenseDiagnosis,
  RevealedKey,
  RevealKeyRequest,
} from '../../../common/licenses-api.js';
import type { AppContext } from '../../context.js';
import { activateLicense } from './activate-service.js';
import { diagnoseLicense } from './diagnose-service.js';
import { revealLicenseKey } from './key-service.js';

const LicenseParams = Type.Object({ licenseId: Type.Integer({ minimum: 1 }) });

export async function licenseActionRoutes(server: FastifyInstance, ctx: AppContext) {
  const app = server.withTypeProvider<TypeBoxTypeProvider>();

  app.post('/api/portal/licenses/:licenseId/activations', {
    config: { access: 'licenses.activate' },
    schema: {
      tags: ['portal'],
      summary: 'Activate seats of a license (never beyond the seats still available)',
      params: LicenseParams,
      body: ActivateLicenseInput,
      response: { 201: LicenseActivated },
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
      body: RevealKeyRequest,
      response: { 200: RevealedKey },
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
      body: DiagnoseLicenseInput,
      response: { 200: LicenseDiagnosis },
    },
    handler: async (request) =>
      diagnoseLicense(ctx, request.actor!, request.body, request.auth!.user.preferences.timezone),
  });
}
