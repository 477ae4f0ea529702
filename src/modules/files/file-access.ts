import type { Queryable } from '../../server/db/database.ts';
import type { SignedInUser } from '../../server/http/access.ts';
import { forbidden, unauthorized } from '../../server/http/app-error.ts';
import { fileOwner } from './file-owners.ts';
import type { FileRow } from './tables.ts';

/**
 * Who may see a file: anyone for a public one; for a staged upload, the person who uploaded it
 * (and administrators); for a private file of a record, whoever the record's module says may
 * see the record. A kind no module has defined shows its private files to nobody.
 */
export async function canSeeFile(db: Queryable, user: SignedInUser | null, file: Pick<FileRow, 'visibility' | 'ownerKind' | 'ownerId' | 'uploadedBy'>): Promise<boolean> {
  if (file.visibility === 'public') return true;
  if (!user) return false;
  if (file.ownerKind === null || file.ownerId === null) return user.id === file.uploadedBy || user.role === 'admin';
  const owner = fileOwner(file.ownerKind);
  return owner ? owner.canView(db, user, file.ownerId) : false;
}

export async function assertCanSeeFile(db: Queryable, user: SignedInUser | null, file: Parameters<typeof canSeeFile>[2]): Promise<void> {
  if (await canSeeFile(db, user, file)) return;
  throw user ? forbidden({ vi: 'Bạn không có quyền xem tệp này', en: 'You may not see this file' }) : unauthorized();
}
