import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import type { SignedInUser } from '../../../server/http/access.ts';
import { unauthorized } from '../../../server/http/app-error.ts';
import { ErrorResponse } from '../../../server/http/error-response.ts';

export const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse };
export const NoContent = { 204: Type.Null(), ...errors };
export const tags = ['training'];

export function userOf(request: FastifyRequest): SignedInUser {
  if (!request.user) throw unauthorized();
  return request.user;
}

export const Binary = (description: string) => Type.Unsafe<Buffer | string>({ type: 'string', format: 'binary', description });
