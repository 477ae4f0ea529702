import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Database } from '../../server/db/database.ts';
import type { SignedInUser } from '../../server/http/access.ts';
import { AppError } from '../../server/http/app-error.ts';
import type { Actor } from '../audit/actor.ts';
import type { FileInfo } from './contract.ts';
import { toFileInfo } from './file-info.ts';
import { fileOwner } from './file-owners.ts';
import { FILE_LIMITS, megabytes } from './limits.ts';
import { storeFiles } from './store-files.ts';
import { files } from './tables.ts';
import { prepareUpload, type PreparedFile } from './upload/prepare-upload.ts';
import type { ReceivedFile } from './upload/read-upload.ts';

const notAccepted = (name: string, kind: string) =>
  new AppError(415, 'file_not_accepted_here', {
    vi: `"${name}" không dùng được ở đây: chỉ nhận ${kind === 'image' ? 'tài liệu' : 'ảnh'}`,
    en: `"${name}" cannot be used here: only ${kind === 'image' ? 'documents' : 'images'} are accepted`,
  });

/**
 * Checks, converts and stores an upload: every file or none (one bad file refuses the lot, and
 * nothing is written). The files are staged, private to the uploader, until the form they were
 * uploaded for is saved and its module attaches them (attachFiles); staged files left unsaved
 * are removed after FILE_LIMITS.stagedLifetimeHours.
 */
export async function uploadFiles(database: Database, user: SignedInUser, actor: Actor, received: readonly ReceivedFile[], purpose?: string): Promise<FileInfo[]> {
  const owner = purpose ? fileOwner(purpose) : undefined;
  if (purpose && !owner) {
    throw new AppError(400, 'unknown_file_purpose', { vi: `Không có loại hồ sơ "${purpose}"`, en: `Files cannot be attached to "${purpose}"` });
  }
  // One after the other: image decoding is the heavy part, and a machine has few cores.
  const prepared: PreparedFile[] = [];
  for (const file of received) {
    const ready = await prepareUpload(file);
    if (owner && !owner.accepts.includes(ready.kind)) throw notAccepted(ready.name, ready.kind);
    prepared.push(ready);
  }
  const incoming = prepared.reduce((sum, p) => sum + p.variants.find((v) => v.variant === 'original')!.data.length, 0);

  return database.db.transaction(async (tx) => {
    // Serialises this user's uploads, so two at once cannot both pass the quota.
    await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext('files:staged:' || ${user.id}))`);
    const [staged] = await tx
      .select({ bytes: sql<number>`coalesce(sum(${files.byteSize}), 0)::float8` })
      .from(files)
      .where(and(eq(files.uploadedBy, user.id), isNull(files.ownerKind)));
    if ((staged?.bytes ?? 0) + incoming > FILE_LIMITS.maxStagedBytesPerUser) {
      throw new AppError(
        413,
        'staged_quota_exceeded',
        {
          vi: `Bạn đã tải lên ${megabytes(staged?.bytes ?? 0)} chưa lưu (tối đa ${megabytes(FILE_LIMITS.maxStagedBytesPerUser)}): hãy lưu hoặc bỏ các tệp đó trước`,
          en: `You have ${megabytes(staged?.bytes ?? 0)} of unsaved uploads (at most ${megabytes(FILE_LIMITS.maxStagedBytesPerUser)}): save or discard them first`,
        },
        { maxStagedBytes: FILE_LIMITS.maxStagedBytesPerUser },
      );
    }
    const rows = await storeFiles(tx, actor, prepared, { uploadedBy: user.id });
    return rows.map(toFileInfo);
  });
}
