import type { FastifyReply } from 'fastify';
import { contentDisposition } from '../http/content-disposition.ts';

/**
 * Sends a generated document: application/pdf, a file name in both the ASCII and the UTF-8
 * form (Vietnamese names survive), never cached (a report reflects the data of the moment).
 */
export function sendPdf(reply: FastifyReply, pdf: Buffer, fileName: string, disposition: 'inline' | 'attachment' = 'inline'): FastifyReply {
  return reply
    .header('content-type', 'application/pdf')
    .header('content-disposition', contentDisposition(disposition, fileName))
    .header('cache-control', 'private, no-store')
    .header('x-content-type-options', 'nosniff')
    .send(pdf);
}
