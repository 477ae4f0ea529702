import { and, asc, count, eq, ilike, or, type SQL } from 'drizzle-orm';
import type { Database } from '../../server/db/database.ts';
import type { ListUsersQuery, UserList } from './contract.ts';
import { users } from './tables.ts';
import { toUserSummary } from './user-summary.ts';

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

export async function listUsers(database: Database, query: ListUsersQuery): Promise<UserList> {
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 50;
  const filters: SQL[] = [];
  if (query.role) filters.push(eq(users.role, query.role));
  if (query.q?.trim()) {
    const pattern = `%${escapeLike(query.q.trim())}%`;
    const match = or(ilike(users.email, pattern), ilike(users.displayName, pattern));
    if (match) filters.push(match);
  }
  const where = filters.length ? and(...filters) : undefined;
  const [rows, [total]] = await Promise.all([
    database.db.select().from(users).where(where).orderBy(asc(users.email)).limit(pageSize).offset((page - 1) * pageSize),
    database.db.select({ n: count() }).from(users).where(where),
  ]);
  return { items: rows.map(toUserSummary), total: total?.n ?? 0 };
}
