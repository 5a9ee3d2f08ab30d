import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { AppContext } from '../../context.js';
import { SIGNATURE_HEADER, signerFor } from '../../crypto/signing.js';
import {
  activateOffline,
  activatingActor,
  activateSeat,
  deactivateActivation,
  explain,
  issueLicenseFile,
  recordHeartbeat,
  validateLicense,
  type KeyRef,
  type SeatActor,
} from '../../licensing/public-api.js';
import { allowLicensingOrigins } from './cors.js';
import { presentActivation, presentLicense } from './presenters.js';
import { keyHashOf } from './request-key.js';
import { limitLicensingRequests } from './rate-limits.js';
import { signResponses } from './response-signing.js';
import { observeRequestDurations } from '../../observability/request-durations.js';
import * as schemas from '../../../common/licensing-api.js';

const SIGNED = `Responses carry \`date\` and \`${SIGNATURE_HEADER}: ed25519=<base64>\`, a signature over \`date + "\\n" + body\` (GET /v1/public-key).`;
const tags = ['licensing'];

/** The licensing API for installed software, under /v1, authenticated by the license key in each body. */
export function licensingApi(ctx: AppContext): FastifyPluginAsync {
  return async (instance) => {
    const app = instance.withTypeProvider<TypeBoxTypeProvider>();
    // Registered beside the portal's plugin (app.ts): none of its hooks run here.
    observeRequestDurations(app, ctx.metrics);
    signResponses(app, ctx);
    // Inside the plugin, so an unknown /v1 path is answered with the signature like any answer.
    app.setNotFoundHandler((request, reply) =>
      reply.status(404).send({
        error: {
          code: 'not_found',
          message: `No route ${request.method} ${request.url.split('?')[0]}`,
        },
      }),
    );
    await allowLicensingOrigins(app, ctx.config.licensingCorsOrigins);
    limitLicensingRequests(app, ctx);

    // The body schema requires the key, so every handler's request has one.
    const byKey = (request: FastifyRequest): KeyRef => ({ keyHash: keyHashOf(ctx, request)! });
    const software = (request: FastifyRequest, label = 'Software'): SeatActor => ({
      userId: null,
      label,
      ip: request.ip,
    });

    app.get('/public-key', {
      schema: {
        tags,
        summary: 'The Ed25519 public key that verifies responses and license files',
        description: SIGNED,
        response: { 200: schemas.PublicKeyResponse },
      },
      handler: async () => {
        const signer = signerFor(ctx.secrets);
        return {
          algorithm: 'ed25519' as const,
          publicKeyPem: signer.publicKeyPem,
          publicKey: signer.publicKeyRaw,
          signatureHeader: SIGNATURE_HEADER,
          signedMessage: 'the date header, a newline (\\n), then the exact response body',
        };
      },
    });

    app.post('/licenses/validate', {
      schema: {
        tags,
        summary: 'Validate a key, optionally for an identifier, a product and features',
        description: `Always answers 200 with \`valid\` and a code: the first failing check, in the documented order. ${SIGNED}`,
        body: schemas.ValidateBody,
        response: {
          200: schemas.ValidationResponse,
          400: schemas.refusals[400],
          429: schemas.refusals[429],
        },
      },
      handler: async (request) => {
        const { identifier, product, scope } = request.body;
        const validation = await validateLicense(ctx, {
          license: byKey(request),
          identifier,
          product,
          features: scope?.features,
        });
        const { license, liveSeats, activation } = validation;
        // Field by field, not `{ ...explain(validation), … }`: under load V8 kept the spread's
        // copies past young collections (0.14 MB promoted per collection against 0.01, bench/README.md).
        const { valid, code, message, remedy, checks } = explain(validation);
        ctx.metrics.validateOutcomes.inc({ code });
        return {
          valid,
          code,
          message,
          remedy,
          checks,
          license: license && presentLicense(license, liveSeats, ctx.now(), validation.features),
          activation: activation && presentActivation(activation),
        };
      },
    });

    app.post('/activations', {
      schema: {
        tags,
        summary: 'Activate a machine, domain or serial (idempotent per identifier)',
        description: `201 for a new activation, 200 with \`created: false\` when the identifier already holds one. ${SIGNED}`,
        body: schemas.ActivateBody,
        response: {
          200: schemas.ActivationResponse,
          201: schemas.ActivationResponse,
          ...schemas.refusals,
        },
      },
      handler: async (request, reply) => {
        const { key, product, user, ...details } = request.body;
        const actor = await activatingActor(ctx, byKey(request), user, software(request));
        const seat = await activateSeat(ctx, {
          ...details,
          license: byKey(request),
          productCode: product,
          actor,
        });
        reply.status(seat.created ? 201 : 200);
        return {
          created: seat.created,
          activation: presentActivation(seat.activation),
          license: presentLicense(seat.license, seat.liveSeats, ctx.now()),
        };
      },
    });

    app.post('/activations/heartbeat', {
      schema: {
        tags,
        summary: 'Tell the server the activation is alive',
        description: `On a heartbeat product, an activation without a heartbeat by \`heartbeatDeadline\` stops holding its seats (HEARTBEAT_DEAD) and must activate again. ${SIGNED}`,
        body: schemas.ActivationScope,
        response: { 200: schemas.HeartbeatResponse, ...schemas.refusals },
      },
      handler: async (request) =>
        recordHeartbeat(ctx, {
          target: { license: byKey(request), identifier: request.body.identifier },
        }),
    });

    app.post('/activations/deactivate', {
      schema: {
        tags,
        summary: 'Deactivate from the software, freeing the seats',
        description: SIGNED,
        body: schemas.ActivationScope,
        response: { 200: schemas.DeactivationResponse, ...schemas.refusals },
      },
      handler: async (request) => {
        const target = { license: byKey(request), identifier: request.body.identifier };
        return {
          activation: presentActivation(
            await deactivateActivation(ctx, { target, actor: software(request) }),
          ),
        };
      },
    });

    app.post('/license-files', {
      schema: {
        tags,
        summary: 'A signed license file for an activation, to verify without network',
        description: `Only for an activation that validates (VALID); otherwise refused with the failing code. ${SIGNED}`,
        body: schemas.LicenseFileBody,
        response: { 200: schemas.SignedFile, ...schemas.refusals },
      },
      handler: async (request) => {
        const { key, ...rest } = request.body;
        return issueLicenseFile(ctx, { ...rest, license: byKey(request) });
      },
    });

    app.post('/offline-activations', {
      schema: {
        tags,
        summary: 'Turn an offline activation request file into a signed response file',
        description: `Post the request file the air-gapped machine wrote; save the answer as its response file. ${SIGNED}`,
        body: schemas.OfflineRequestFile,
        response: { 200: schemas.SignedFile, ...schemas.refusals },
      },
      handler: async (request) =>
        activateOffline(ctx, request.body, { actor: software(request, 'Software (offline)') }),
    });
  };
}
