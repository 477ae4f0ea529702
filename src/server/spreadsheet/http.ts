import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../http/app-error.ts';
import type { ByteSource } from './byte-source.ts';
import { DEFAULT_LIMITS, SpreadsheetLimitError } from './limits.ts';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const CSV_TYPE = 'text/csv';
const UPLOAD_TYPES = [XLSX_TYPE, CSV_TYPE, 'application/octet-stream'];

/**
 * Lets a plugin's routes take a spreadsheet as the raw request body (no multipart: simple for
 * the CLI, curl and the web page alike). The body is not buffered: the route hands the stream
 * to the engine, which reads it as it arrives and stops at its byte limit.
 */
export function acceptSpreadsheetUploads(app: FastifyInstance): void {
  app.addContentTypeParser(UPLOAD_TYPES, (_request, payload, done) => done(null, payload));
}

/** The upload of a route that called {@link acceptSpreadsheetUploads}; a declared size past the limit is refused at once. */
export function spreadsheetUpload(request: FastifyRequest, maxBytes = DEFAULT_LIMITS.maxBytes): ByteSource {
  const declared = Number(request.headers['content-length'] ?? Number.NaN);
  if (declared > maxBytes) {
    const error = SpreadsheetLimitError.fileTooLarge(maxBytes);
    throw new AppError(413, error.code, error.localized);
  }
  const body = request.body as unknown;
  if (declared === 0 || body === undefined || body === null) {
    throw new AppError(400, 'empty_file', { vi: 'Tệp tải lên trống', en: 'The uploaded file is empty' });
  }
  if (body instanceof Uint8Array) return body;
  if (typeof body === 'string') return Buffer.from(body);
  if (typeof (body as AsyncIterable<Uint8Array>)[Symbol.asyncIterator] === 'function') return body as AsyncIterable<Uint8Array>;
  throw new AppError(415, 'unsupported_media_type', {
    vi: 'Hãy gửi tệp .xlsx hoặc .csv làm nội dung yêu cầu.',
    en: 'Send the .xlsx or .csv file as the request body.',
  });
}

/** Sends a spreadsheet download; the file name may be Vietnamese (RFC 6266 filename*). */
export function sendSpreadsheet(reply: FastifyReply, bytes: Buffer, fileName: string): FastifyReply {
  const ascii = fileName.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').replace(/[^\w.-]+/g, '-');
  reply.header('content-disposition', `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`);
  return reply.type(fileName.endsWith('.csv') ? 'text/csv; charset=utf-8' : XLSX_TYPE).send(bytes);
}
