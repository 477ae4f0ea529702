import { eq, sql } from 'drizzle-orm';
import type { Database } from '../../server/db/database.ts';
import type { SignedInUser } from '../../server/http/access.ts';
import { conflict, forbidden } from '../../server/http/app-error.ts';
import type { Actor } from '../audit/actor.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { fileNotFound } from './get-file.ts';
import { FILE_LIMITS } from './limits.ts';
import { deleteFiles } from './store-files.ts';
import { files } from './tables.ts';

/**
 * Discards an upload not yet saved with its form. A file that belongs to a record is removed by
 * saving the record without it, so that the record and its files change together.
 */
export async function deleteStagedFile(database: Database, user: SignedInUser, actor: Actor, id: string): Promise<void> {
  await database.db.transaction(async (tx) => {
    const [file] = await tx.select().from(files).where(eq(files.id, id)).for('update');
    if (!file) throw fileNotFound();
    if (file.ownerKind !== null) {
      throw conflict('file_attached', { vi: 'Tệp đã gắn với hồ sơ: hãy bỏ nó khỏi hồ sơ rồi lưu', en: 'The file belongs to a record: remove it there and save' });
    }
    if (file.uploadedBy !== user.id && user.role !== 'admin') throw forbidden();
    await deleteFiles(tx, [id]);
    await recordAudit(tx, actor, { action: 'file.delete', entity: 'file', entityId: id, changes: { name: file.name, staged: true } });
  });
}

/** Removes staged uploads older than their lifetime (forms never saved); run by a job. */
export async function purgeStagedFiles(database: Database, now: Date): Promise<number> {
  const cutoff = new Date(now.getTime() - FILE_LIMITS.stagedLifetimeHours * 3600_000);
  return database.db.transaction(async (tx) => {
    const old = await tx
      .select({ id: files.id })
      .from(files)
      .where(sql`${files.ownerKind} IS NULL AND ${files.createdAt} < ${cutoff}`)
      .for('update', { skipLocked: true });
    await deleteFiles(
      tx,
      old.map((f) => f.id),
    );
    return old.length;
  });
}
