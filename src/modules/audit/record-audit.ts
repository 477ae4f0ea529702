import type { Tx } from '../../server/db/database.ts';
import type { Actor } from './actor.ts';
import { auditLog } from './tables.ts';

export interface AuditEntry {
  /** verb-noun, e.g. `user.create`, `certificate.revoke` */
  action: string;
  entity: string;
  entityId?: string | null;
  /** The changed fields, new values (and `before` where useful). Never passwords or tokens. */
  changes?: Record<string, unknown>;
}

/** Writes the audit row inside the caller's transaction, so the change and its record commit together. */
export async function recordAudit(tx: Tx, actor: Actor, entry: AuditEntry): Promise<void> {
  await tx.insert(auditLog).values({
    actorId: actor.id,
    actorEmail: actor.email,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId ?? null,
    changes: entry.changes ?? {},
    requestId: actor.requestId ?? null,
  });
}
