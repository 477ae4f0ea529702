import type { FileInfo } from './contract.ts';
import { fileUrl } from './file-urls.ts';
import type { FileRow } from './tables.ts';

export function toFileInfo(row: FileRow): FileInfo {
  return {
    id: row.id,
    kind: row.kind,
    mediaType: row.mediaType,
    name: row.name,
    byteSize: row.byteSize,
    sha256: row.sha256,
    width: row.width,
    height: row.height,
    visibility: row.visibility,
    attached: row.ownerKind !== null,
    url: fileUrl(row.id),
    thumbnailUrl: row.kind === 'image' ? fileUrl(row.id, 'thumb') : null,
    createdAt: row.createdAt.toISOString(),
  };
}
