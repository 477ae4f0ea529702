import type { FastifyRequest } from 'fastify';
import type { Language } from '../../shared/localized.ts';

/** The language of messages for this request: English when the client prefers it, else Vietnamese. */
export function requestLanguage(request: FastifyRequest): Language {
  const header = request.headers['accept-language'];
  const first = (Array.isArray(header) ? header[0] : header)?.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'vi';
}
