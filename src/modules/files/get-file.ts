import { and, eq, sql } from 'drizzle-orm';
import { rows } from '../../server/db/rows.ts';
import type { Queryable } from '../../server/db/database.ts';
import type { SignedInUser } from '../../server/http/access.ts';
import { notFound } from '../../server/http/app-error.ts';
import { assertCanSeeFile } from './file-access.ts';
import type { FileVariantName } from './limits.ts';
import { files, fileVariants, type FileRow } from './tables.ts';

export const fileNotFound = () => notFound({ vi: 'Không tìm thấy tệp', en: 'File not found' });

export async function getFile(db: Queryable, user: SignedInUser | null, id: string): Promise<FileRow> {
  const [file] = await db.select().from(files).where(eq(files.id, id));
  if (!file) throw fileNotFound();
  await assertCanSeeFile(db, user, file);
  return file;
}

export interface VariantMeta {
  variant: FileVariantName;
  mediaType: string;
  byteSize: number;
  sha256: string;
}

/** A file's rendition, without its bytes (enough to answer a conditional request). */
export async function getVariant(db: Queryable, user: SignedInUser | null, id: string, variant?: FileVariantName): Promise<{ file: FileRow; variant: VariantMeta }> {
  const file = await getFile(db, user, id);
  const name = variant ?? (file.kind === 'image' ? 'display' : 'original');
  const [meta] = await db
    .select({ variant: fileVariants.variant, mediaType: fileVariants.mediaType, byteSize: fileVariants.byteSize, sha256: fileVariants.sha256 })
    .from(fileVariants)
    .where(and(eq(fileVariants.fileId, id), eq(fileVariants.variant, name)));
  if (!meta) throw notFound({ vi: 'Tệp này không có bản này', en: 'This file has no such rendition' });
  return { file, variant: meta };
}

export async function readBlob(db: Queryable, sha256: string): Promise<Buffer> {
  // As base64 text, for the same reason as storeBlobs.
  const [blob] = await rows<{ data: string }>(db, sql`SELECT encode(data, 'base64') AS data FROM file_blobs WHERE sha256 = ${sha256}`);
  if (!blob) throw fileNotFound();
  return Buffer.from(blob.data, 'base64');
}
