import type { FileInfo } from '../../../modules/files/contract.ts';
import { fileIdOf } from '../../../modules/files/file-urls.ts';
import { ApiError, commonHeaders, isErrorBody, reportUnauthorized } from '../../api/client.ts';

/** The small rendition of a stored file for lists and cards; any other URL as it is. */
export const thumbnailOf = (url: string) => (fileIdOf(url) ? `${url}/thumb` : url);

/** Uploads files (all or none); they stay private to the user until the record is saved with them. */
export async function uploadFiles(files: readonly File[], purpose?: string): Promise<FileInfo[]> {
  const body = new FormData();
  for (const file of files) body.append('file', file, file.name);
  const response = await fetch(purpose ? `/api/files?for=${encodeURIComponent(purpose)}` : '/api/files', {
    method: 'POST',
    headers: { ...commonHeaders('POST'), accept: 'application/json' },
    body,
    credentials: 'same-origin',
  });
  const parsed: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    if (response.status === 401) reportUnauthorized('/api/files');
    if (isErrorBody(parsed)) throw new ApiError(response.status, parsed.error.code, parsed.error.message, parsed.error.details);
    throw new ApiError(response.status, 'unexpected_response', String(response.status));
  }
  return (parsed as { files: FileInfo[] }).files;
}
