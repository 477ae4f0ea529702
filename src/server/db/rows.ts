import type { SQL } from 'drizzle-orm';
import type { Queryable } from './database.ts';

/**
 * Runs a raw SQL query and returns its rows. Both drivers answer `{ rows }`; Drizzle's common
 * type cannot say so, hence the one cast here instead of one per caller.
 */
export async function rows<Row>(db: Queryable, query: SQL): Promise<Row[]> {
  const result = (await db.execute(query)) as unknown as { rows: Row[] };
  return result.rows;
}
