import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Database } from '../../server/db/database.ts';
import { AppError } from '../../server/http/app-error.ts';
import { contentDisposition } from '../../server/http/content-disposition.ts';
import { readBlob, type VariantMeta } from './get-file.ts';
import { EXTENSION_OF, type MediaType } from './limits.ts';
import { sha256Of } from './upload/process-image.ts';
import type { FileRow } from './tables.ts';

/** A year: the longest lifetime caches honour. */
const ONE_YEAR = 31_536_000;

/** Whether If-None-Match names this entity tag (a list, weak tags, or `*`). */
export function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

/**
 * Answers with a file's rendition. A file never changes once stored, so a public one is cached
 * for a year as immutable; a private one is revalidated each time (access is checked again)
 * and answered 304 from its entity tag, the SHA-256 of the bytes, which are checked against it
 * before they leave. `nosniff` keeps browsers to the type found at upload.
 */
export async function sendFile(
  database: Database,
  request: FastifyRequest,
  reply: FastifyReply,
  file: FileRow,
  variant: VariantMeta,
  download: boolean,
): Promise<FastifyReply> {
  const etag = `"${variant.sha256}"`;
  reply
    .header('etag', etag)
    .header('cache-control', file.visibility === 'public' ? `public, max-age=${ONE_YEAR}, immutable` : 'private, no-cache')
    .header('x-content-type-options', 'nosniff');
  if (variant.mediaType === 'application/pdf' || download) {
    const extension = EXTENSION_OF[variant.mediaType as MediaType];
    const name = variant.variant === 'original' ? file.name : file.name.replace(/\.[a-z]+$/, `-${variant.variant}.${extension}`);
    reply.header('content-disposition', contentDisposition(download ? 'attachment' : 'inline', name));
  }
  if (matchesEtag(request.headers['if-none-match'], etag)) return reply.status(304).send();

  const data = await readBlob(database.db, variant.sha256);
  if (sha256Of(data) !== variant.sha256) {
    request.log.error({ fileId: file.id, variant: variant.variant }, 'stored file does not match its checksum');
    throw new AppError(500, 'file_corrupt', { vi: 'Tệp lưu trữ bị hỏng', en: 'The stored file is damaged' });
  }
  return reply.type(variant.mediaType).send(data);
}
