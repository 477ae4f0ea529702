import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import { unauthorized } from '../../../server/http/app-error.ts';
import type { SignedInUser } from '../../../server/http/access.ts';
import { ErrorResponse } from '../../../server/http/error-response.ts';
import { STAFF } from '../../accounts/roles.ts';

export const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse };
export const NoContent = { 204: Type.Null(), ...errors };
export const Binary = (description: string) => Type.Unsafe<Buffer | string>({ type: 'string', format: 'binary', description });
export const tags = ['conferences'];
/** Staff and the two sides of the table; the services check which participant. */
export const PARTICIPANTS = [...STAFF, 'producer', 'buyer'] as const;

export function userOf(request: FastifyRequest): SignedInUser {
  if (!request.user) throw unauthorized();
  return request.user;
}
