import type { FastifyRequest } from 'fastify';
import { requestLanguage } from './language.js';
import { translator, type Translate } from './translate.js';

/** Words for the signed-in member's answer (a CSV export): their language, or their browser's. */
export function memberTranslator(request: FastifyRequest): Translate {
  return translator(
    requestLanguage(request.auth!.user.preferences, request.headers['accept-language']),
  );
}
