import type { FastifyRequest } from 'fastify';
import { AppError } from '../../../server/http/app-error.ts';
import { FILE_LIMITS, megabytes } from '../limits.ts';

export interface ReceivedFile {
  /** The name the client gave: only shown to people, never used to decide anything. */
  name: string;
  bytes: Buffer;
}

export const fileTooLarge = (name: string | null) =>
  new AppError(
    413,
    'file_too_large',
    {
      vi: `Tệp${name ? ` "${name}"` : ''} vượt quá giới hạn ${megabytes(FILE_LIMITS.maxBytes)}`,
      en: `The file${name ? ` "${name}"` : ''} is larger than the ${megabytes(FILE_LIMITS.maxBytes)} limit`,
    },
    { maxBytes: FILE_LIMITS.maxBytes },
  );

const tooManyFiles = () =>
  new AppError(
    413,
    'too_many_files',
    { vi: `Mỗi lần tải lên tối đa ${FILE_LIMITS.maxFilesPerRequest} tệp`, en: `At most ${FILE_LIMITS.maxFilesPerRequest} files per upload` },
    { maxFiles: FILE_LIMITS.maxFilesPerRequest },
  );

const MULTIPART_ERRORS: Record<string, (name: string | null) => AppError> = {
  FST_REQ_FILE_TOO_LARGE: fileTooLarge,
  FST_FILES_LIMIT: tooManyFiles,
  FST_PARTS_LIMIT: tooManyFiles,
  FST_FIELDS_LIMIT: tooManyFiles,
  FST_INVALID_MULTIPART_CONTENT_TYPE: () => multipartRequired(),
  FST_MP_PREMATURE_CLOSE: () => new AppError(400, 'upload_interrupted', { vi: 'Tải lên bị gián đoạn', en: 'The upload was interrupted' }),
};

// busboy's refusals of a body that is not well-formed multipart (a boundary that never closes, a
// broken part header) carry no code: the client's fault, not a 500.
const MALFORMED_MULTIPART = /Unexpected end of (multipart data|form)|Malformed part header|Boundary not found/i;
const malformedMultipart = () =>
  new AppError(400, 'malformed_upload', { vi: 'Dữ liệu tải lên không đúng định dạng multipart/form-data', en: 'The upload is not well-formed multipart/form-data' });

const multipartRequired = () =>
  new AppError(415, 'multipart_required', { vi: 'Hãy gửi tệp dạng multipart/form-data', en: 'Send the files as multipart/form-data' });

/**
 * Reads the files of a multipart upload as they stream in, each into memory only up to the size
 * limit (busboy stops a part at FILE_LIMITS.maxBytes and the upload is refused), so a request
 * never holds more than maxFilesPerRequest × maxBytes however large its body claims to be.
 * Text fields are ignored: what a file is for comes in the query string.
 */
export async function readUpload(request: FastifyRequest): Promise<ReceivedFile[]> {
  if (!request.isMultipart()) throw multipartRequired();
  const received: ReceivedFile[] = [];
  let current: string | null = null;
  try {
    const parts = request.parts({
      limits: {
        fileSize: FILE_LIMITS.maxBytes,
        files: FILE_LIMITS.maxFilesPerRequest,
        fields: 10,
        fieldSize: 1000,
        parts: FILE_LIMITS.maxFilesPerRequest + 10,
        headerPairs: 50,
      },
    });
    for await (const part of parts) {
      if (part.type !== 'file') continue;
      current = part.filename || null;
      const bytes = await part.toBuffer();
      if (bytes.length === 0) {
        throw new AppError(400, 'empty_file', { vi: `Tệp "${part.filename}" trống`, en: `The file "${part.filename}" is empty` });
      }
      received.push({ name: part.filename, bytes });
    }
  } catch (error) {
    const code = (error as { code?: string }).code;
    const known = code ? MULTIPART_ERRORS[code] : undefined;
    if (known) throw known(current);
    if (!(error instanceof AppError) && error instanceof Error && MALFORMED_MULTIPART.test(error.message)) throw malformedMultipart();
    throw error;
  }
  if (received.length === 0) throw new AppError(400, 'no_file', { vi: 'Chưa chọn tệp nào', en: 'No file was sent' });
  return received;
}
