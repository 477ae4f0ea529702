import { and, count, desc, eq, gte, lte, type SQL } from 'drizzle-orm';
import type { Database } from '../../server/db/database.ts';
import type { AuditList, ListAuditQuery } from './contract.ts';
import { auditLog } from './tables.ts';

/** Newest first; every filter narrows. */
export async function listAudit(database: Database, query: ListAuditQuery): Promise<AuditList> {
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 50;
  const filters: SQL[] = [];
  if (query.entity) filters.push(eq(auditLog.entity, query.entity));
  if (query.entityId) filters.push(eq(auditLog.entityId, query.entityId));
  if (query.action) filters.push(eq(auditLog.action, query.action));
  if (query.actorId) filters.push(eq(auditLog.actorId, query.actorId));
  if (query.from) filters.push(gte(auditLog.at, new Date(query.from)));
  if (query.to) filters.push(lte(auditLog.at, new Date(query.to)));
  const where = filters.length ? and(...filters) : undefined;
  const [rows, [total]] = await Promise.all([
    database.db.select().from(auditLog).where(where).orderBy(desc(auditLog.id)).limit(pageSize).offset((page - 1) * pageSize),
    database.db.select({ n: count() }).from(auditLog).where(where),
  ]);
  return {
    items: rows.map(({ requestId: _requestId, ...row }) => ({ ...row, at: row.at.toISOString() })),
    total: total?.n ?? 0,
  };
}
