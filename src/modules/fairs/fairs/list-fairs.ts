import { desc, inArray, sql } from 'drizzle-orm';
import type { Queryable } from '../../../server/db/database.ts';
import type { Fair } from '../contract.ts';
import { fairs, type FairStatus } from '../tables.ts';
import { toFair } from './fair-row.ts';

export const PUBLIC_FAIR_STATUSES: FairStatus[] = ['applications-open', 'allocating', 'published', 'running', 'closed'];

/** Fairs, newest first; the public sees those past the draft stage. */
export async function listFairs(db: Queryable, options: { includeDrafts: boolean }): Promise<Fair[]> {
  const rows = await db
    .select({
      fair: fairs,
      stallCount: sql<number>`(SELECT count(*)::int FROM stalls s WHERE s.fair_id = ${fairs.id})`,
      applicationCount: sql<number>`(SELECT count(*)::int FROM fair_applications a WHERE a.fair_id = ${fairs.id} AND a.status <> 'withdrawn')`,
    })
    .from(fairs)
    .where(options.includeDrafts ? undefined : inArray(fairs.status, PUBLIC_FAIR_STATUSES))
    .orderBy(desc(fairs.startsOn));
  return rows.map((r) => toFair(r.fair, { stallCount: r.stallCount, applicationCount: r.applicationCount }));
}
