import type { FastifyInstance } from 'fastify';
import { badRequest } from './app-error.ts';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * JSON bodies must be valid UTF-8 (Node would silently replace bad bytes) and may not contain
 * NUL characters (PostgreSQL text cannot store them; letting one through would fail mid-write).
 */
export function registerJsonBodyParser(app: FastifyInstance): void {
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (_request, body: Buffer, done) => {
    let text: string;
    try {
      text = strictUtf8.decode(body);
    } catch {
      done(badRequest('invalid_encoding', { vi: 'Dữ liệu không phải UTF-8 hợp lệ', en: 'The body is not valid UTF-8' }), undefined);
      return;
    }
    if (text.trim() === '') {
      done(badRequest('invalid_json', { vi: 'Thiếu nội dung JSON', en: 'The JSON body is empty' }), undefined);
      return;
    }
    try {
      done(null, JSON.parse(text));
    } catch {
      done(badRequest('invalid_json', { vi: 'JSON không hợp lệ', en: 'The body is not valid JSON' }), undefined);
    }
  });
}
