import type { FileVariantName } from './limits.ts';

/**
 * A file's address. Records keep `/api/files/<id>` (see FILE_REF_PATTERN); the default rendition
 * is served there, others under `/<variant>`. A file never changes, so these URLs are stable.
 */
export const fileUrl = (id: string, variant?: FileVariantName) => (variant ? `/api/files/${id}/${variant}` : `/api/files/${id}`);

/** How a record refers to one of its files, e.g. in a product's `photos`. */
export const FILE_REF_PATTERN = '^/api/files/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$';
const FILE_REF = new RegExp(FILE_REF_PATTERN);

/** The file id a reference names, or null for any other URL (a photo on another site). */
export function fileIdOf(ref: string): string | null {
  return FILE_REF.test(ref) ? ref.slice('/api/files/'.length) : null;
}
