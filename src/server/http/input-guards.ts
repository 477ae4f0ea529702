import type { FastifyInstance } from 'fastify';
import { badRequest } from './app-error.ts';

function containsNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (depth > 32 || value === null || typeof value !== 'object') return false;
  // Only parsed JSON is walked: a streamed body (a spreadsheet upload) is an IncomingMessage,
  // whose socket and server graph would take the walk minutes.
  const prototype = Object.getPrototypeOf(value) as unknown;
  if (!Array.isArray(value) && prototype !== Object.prototype && prototype !== null) return false;
  for (const [key, item] of Object.entries(value)) {
    if (key.includes('\u0000') || containsNul(item, depth + 1)) return true;
  }
  return false;
}

const badUrl = () => badRequest('bad_url', { vi: 'Đường dẫn không hợp lệ', en: 'The URL is malformed' });

/**
 * Rejects a query string that is not valid percent-encoded UTF-8 (the parser would pass it on
 * half-decoded) and NUL characters anywhere in params, query or body.
 */
export function registerInputGuards(app: FastifyInstance): void {
  app.addHook('onRequest', async (request) => {
    const queryStart = request.url.indexOf('?');
    if (queryStart < 0) return;
    try {
      decodeURIComponent(request.url.slice(queryStart + 1).replace(/\+/g, ' '));
    } catch {
      throw badUrl();
    }
  });
  app.addHook('preValidation', async (request) => {
    if (containsNul(request.params) || containsNul(request.query) || containsNul(request.body)) {
      throw badRequest('invalid_text', { vi: 'Dữ liệu chứa ký tự không hợp lệ', en: 'The request contains a NUL character' });
    }
  });
}
