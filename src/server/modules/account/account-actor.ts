import type { FastifyRequest } from 'fastify';
import { memberLabel } from '../../auth/session-service.js';

/** The signed-in member acting on their own account, with what audit events and checks need. */
export interface AccountActor {
  userId: number;
  sessionId: number;
  email: string;
  firstName: string;
  lastName: string;
  label: string;
  ip: string;
}

export function accountActorOf(request: FastifyRequest): AccountActor {
  const auth = request.auth!;
  return {
    userId: auth.user.id,
    sessionId: auth.sessionId,
    email: auth.user.email,
    firstName: auth.user.firstName,
    lastName: auth.user.lastName,
    label: memberLabel(auth.user),
    ip: request.ip,
  };
}
