import { clock } from '../../shared/time/clock.ts';
import { inArray, sql } from 'drizzle-orm';
import type { Tx } from '../../server/db/database.ts';
import { findPgError } from '../../server/http/database-errors.ts';
import type { Actor } from '../audit/actor.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { OwnerRef } from './file-owners.ts';
import type { Visibility } from './limits.ts';
import { fileBlobs, files, fileVariants, type FileRow } from './tables.ts';
import type { PreparedVariant } from './upload/process-image.ts';
import type { PreparedFile } from './upload/prepare-upload.ts';

/**
 * Writes bytes once per content. The upsert takes a lock on an existing row, so a concurrent
 * clean-up of unused blobs cannot remove it between this statement and the variant that uses it.
 */
export async function storeBlobs(tx: Tx, variants: readonly Pick<PreparedVariant, 'sha256' | 'data'>[]): Promise<void> {
  const distinct = new Map(variants.map((v) => [v.sha256, v.data]));
  for (const [sha256, data] of distinct) {
    // As base64 text: PGlite turns a binary parameter into bytea several times slower.
    await tx.execute(sql`
      INSERT INTO file_blobs (sha256, byte_size, data, created_at)
      VALUES (${sha256}, ${data.length}, decode(${data.toString('base64')}, 'base64'), ${clock.now()})
      ON CONFLICT (sha256) DO UPDATE SET byte_size = excluded.byte_size`);
  }
}

export interface StoreOptions {
  uploadedBy: string | null;
  /** Attach at once (seeding, a module's own service); an upload through the API is staged. */
  owner?: OwnerRef;
  visibility?: Visibility;
}

/** Stores prepared uploads and their renditions with one audit row each, in the caller's transaction. */
export async function storeFiles(tx: Tx, actor: Actor, prepared: readonly PreparedFile[], options: StoreOptions): Promise<FileRow[]> {
  await storeBlobs(tx, prepared.flatMap((p) => p.variants));
  const stored: FileRow[] = [];
  for (const [index, file] of prepared.entries()) {
    const original = file.variants.find((v) => v.variant === 'original')!;
    const [row] = await tx
      .insert(files)
      .values({
        kind: file.kind,
        mediaType: file.mediaType,
        name: file.name,
        byteSize: original.data.length,
        sha256: original.sha256,
        width: file.width,
        height: file.height,
        ownerKind: options.owner?.kind ?? null,
        ownerId: options.owner?.id ?? null,
        position: index,
        visibility: options.owner ? (options.visibility ?? 'private') : 'private',
        uploadedBy: options.uploadedBy,
        attachedAt: options.owner ? clock.now() : null,
      })
      .returning();
    await tx.insert(fileVariants).values(
      file.variants.map((v) => ({ fileId: row!.id, variant: v.variant, mediaType: v.mediaType, width: v.width, height: v.height, byteSize: v.data.length, sha256: v.sha256 })),
    );
    await recordAudit(tx, actor, {
      action: 'file.upload',
      entity: 'file',
      entityId: row!.id,
      changes: { name: file.name, mediaType: file.mediaType, byteSize: original.data.length, sha256: original.sha256, owner: options.owner ?? null },
    });
    stored.push(row!);
  }
  return stored;
}

/**
 * Removes blobs no variant uses any more (after files were deleted). An upload of the same bytes
 * committing meanwhile makes the foreign key refuse the delete: then the blob is in use and
 * stays, inside a savepoint so the caller's transaction goes on.
 */
export async function deleteUnusedBlobs(tx: Tx, sha256s: readonly string[]): Promise<number> {
  if (sha256s.length === 0) return 0;
  try {
    return await tx.transaction(async (savepoint) => {
      const deleted = await savepoint
        .delete(fileBlobs)
        .where(sql`${inArray(fileBlobs.sha256, [...new Set(sha256s)])} AND NOT EXISTS (SELECT 1 FROM file_variants v WHERE v.sha256 = ${fileBlobs.sha256})`)
        .returning({ sha256: fileBlobs.sha256 });
      return deleted.length;
    });
  } catch (error) {
    if (findPgError(error)?.code === '23503') return 0;
    throw error;
  }
}

/** Deletes files with their renditions and any bytes nothing else uses. */
export async function deleteFiles(tx: Tx, ids: readonly string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const blobs = await tx.select({ sha256: fileVariants.sha256 }).from(fileVariants).where(inArray(fileVariants.fileId, [...ids]));
  await tx.delete(files).where(inArray(files.id, [...ids]));
  await deleteUnusedBlobs(
    tx,
    blobs.map((b) => b.sha256),
  );
  return ids.length;
}
