import type { FastifyRequest } from 'fastify';
import type { Actor } from '../../modules/audit/actor.ts';
import { unauthorized } from './app-error.ts';

/** The signed-in user as the audit log's actor; routes that call it are never public. */
export function actorOf(request: FastifyRequest): Actor & { id: string } {
  if (!request.user) throw unauthorized();
  return { id: request.user.id, email: request.user.email, requestId: request.id };
}
