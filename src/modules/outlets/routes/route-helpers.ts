import type { FastifyRequest } from 'fastify';
import { Type } from '@sinclair/typebox';
import type { SignedInUser } from '../../../server/http/access.ts';
import { unauthorized } from '../../../server/http/app-error.ts';
import { ErrorResponse } from '../../../server/http/error-response.ts';
import { STAFF } from '../../accounts/roles.ts';

export const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse };
export const NoContent = { 204: Type.Null(), ...errors };
export const tags = ['points of sale'];

export const OPERATOR_OR_STAFF = [...STAFF, 'operator'] as const;
export const SURVEYOR_OR_STAFF = [...STAFF, 'surveyor'] as const;
export const BACK_OFFICE = [...STAFF, 'operator', 'surveyor'] as const;

/** The signed-in user of a route that is never public. */
export function userOf(request: FastifyRequest): SignedInUser {
  if (!request.user) throw unauthorized();
  return request.user;
}
