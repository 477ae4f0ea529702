import type { Queryable } from '../../server/db/database.ts';
import type { SignedInUser } from '../../server/http/access.ts';
import type { FileKind, Visibility } from './limits.ts';

/**
 * A kind of record that files belong to (a product's photos, a survey's photos, a course's
 * materials). The module that owns the record defines it once, beside its service, and the file
 * service asks it who may see the record's private files.
 */
export interface FileOwner {
  /** Short name stored with each file: 'product', 'outlet-survey', 'course'. */
  kind: string;
  /** What attached files become unless the module says otherwise when attaching. */
  visibility: Visibility;
  /** What the record takes: photos only, or documents too. */
  accepts: readonly FileKind[];
  /** How many files one record holds. */
  maxFiles: number;
  /**
   * Whether this signed-in user may see the record's private files (public files are served to
   * everyone). Called for every request of a private file; keep it one indexed query.
   */
  canView(db: Queryable, user: SignedInUser, ownerId: string): Promise<boolean>;
}

const owners = new Map<string, FileOwner>();

/** Declares a kind of record that holds files; call it at module load, once per kind. */
export function defineFileOwner(owner: FileOwner): FileOwner {
  const known = owners.get(owner.kind);
  if (known && known !== owner) throw new Error(`File owner kind "${owner.kind}" is defined twice`);
  owners.set(owner.kind, owner);
  return owner;
}

export function fileOwner(kind: string): FileOwner | undefined {
  return owners.get(kind);
}

export interface OwnerRef {
  kind: string;
  id: string;
}
