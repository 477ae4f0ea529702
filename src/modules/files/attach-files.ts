import { clock } from '../../shared/time/clock.ts';
import { and, eq, inArray, notInArray } from 'drizzle-orm';
import type { Queryable, Tx } from '../../server/db/database.ts';
import type { SignedInUser } from '../../server/http/access.ts';
import { AppError } from '../../server/http/app-error.ts';
import type { Actor } from '../audit/actor.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { fileOwner, type OwnerRef } from './file-owners.ts';
import type { Visibility } from './limits.ts';
import { deleteFiles } from './store-files.ts';
import { files, type FileRow } from './tables.ts';

export interface AttachFilesInput {
  owner: OwnerRef;
  /** The record's files after the change, in order: kept ones and newly uploaded (staged) ones. */
  fileIds: readonly string[];
  /** Overrides the owner kind's visibility for these files. */
  visibility?: Visibility;
}

const fileProblem = (code: string, vi: string, en: string, fileId: string) => new AppError(400, code, { vi, en }, { fileId });

/**
 * Makes a record's files exactly `fileIds`, in the caller's transaction, after the caller has
 * checked that the user may change the record. A staged upload of this user is attached (and
 * takes the record's visibility); a file of the record stays and takes its new position; a
 * file of the record left out is deleted. Any other file (someone else's upload, another
 * record's file) is refused, so a record can never borrow a file it may not show.
 */
export async function attachFiles(tx: Tx, user: SignedInUser | null, actor: Actor, input: AttachFilesInput): Promise<{ attached: string[]; removed: string[] }> {
  const owner = fileOwner(input.owner.kind);
  if (!owner) throw new Error(`No file owner is defined for "${input.owner.kind}"`);
  const ids = [...new Set(input.fileIds)];
  if (ids.length > owner.maxFiles) {
    throw new AppError(400, 'too_many_files', { vi: `Tối đa ${owner.maxFiles} tệp`, en: `At most ${owner.maxFiles} files` }, { maxFiles: owner.maxFiles });
  }
  const found = ids.length ? await tx.select().from(files).where(inArray(files.id, ids)).for('update') : [];
  const byId = new Map(found.map((f) => [f.id, f]));
  const attached: string[] = [];
  for (const id of ids) {
    const file = byId.get(id);
    if (!file) throw fileProblem('file_not_found', 'Không tìm thấy tệp (có thể đã hết hạn, hãy tải lên lại)', 'File not found (it may have expired; upload it again)', id);
    const ours = file.ownerKind === input.owner.kind && file.ownerId === input.owner.id;
    if (ours) continue;
    const stagedByUser = file.ownerKind === null && user !== null && file.uploadedBy === user.id;
    if (!stagedByUser) throw fileProblem('file_not_available', 'Tệp này thuộc hồ sơ khác', 'This file belongs to something else', id);
    if (!owner.accepts.includes(file.kind)) {
      throw fileProblem('file_not_accepted_here', `"${file.name}" không dùng được ở đây`, `"${file.name}" cannot be used here`, id);
    }
    attached.push(id);
  }

  const visibility = input.visibility ?? owner.visibility;
  for (const [position, id] of ids.entries()) {
    const isNew = attached.includes(id);
    await tx
      .update(files)
      .set({
        position,
        ...(isNew ? { ownerKind: input.owner.kind, ownerId: input.owner.id, visibility, attachedAt: clock.now() } : {}),
      })
      .where(eq(files.id, id));
  }
  const leaving = await tx
    .select({ id: files.id })
    .from(files)
    .where(and(eq(files.ownerKind, input.owner.kind), eq(files.ownerId, input.owner.id), ids.length ? notInArray(files.id, ids) : undefined));
  const removed = leaving.map((f) => f.id);
  await deleteFiles(tx, removed);

  if (attached.length || removed.length) {
    await recordAudit(tx, actor, {
      action: 'file.attach',
      entity: input.owner.kind,
      entityId: input.owner.id,
      changes: { attached, removed, files: ids },
    });
  }
  return { attached, removed };
}

/** Deletes every file of a record (when the record itself is deleted). */
export async function deleteRecordFiles(tx: Tx, actor: Actor, owner: OwnerRef): Promise<number> {
  const rows = await tx.select({ id: files.id }).from(files).where(and(eq(files.ownerKind, owner.kind), eq(files.ownerId, owner.id)));
  await deleteFiles(
    tx,
    rows.map((r) => r.id),
  );
  if (rows.length) await recordAudit(tx, actor, { action: 'file.delete', entity: owner.kind, entityId: owner.id, changes: { removed: rows.map((r) => r.id) } });
  return rows.length;
}

/** A record's files in order (for its detail page or an export). */
export async function listRecordFiles(db: Queryable, owner: OwnerRef): Promise<FileRow[]> {
  return db.select().from(files).where(and(eq(files.ownerKind, owner.kind), eq(files.ownerId, owner.id))).orderBy(files.position, files.createdAt);
}
