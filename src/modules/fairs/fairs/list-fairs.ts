import { desc, inArray, sql } from 'drizzle-orm';
import type { Queryable } from '../../../server/db/database.ts';
import type { Fair } from '../contract.ts';
import { fairs, type FairStatus } from '../tables.ts';
import { toFair } from './fair-row.ts';
import { fairFigures, NO_FIGURES } from '../reporting/fair-figures.ts';

export const PUBLIC_FAIR_STATUSES: FairStatus[] = ['applications-open', 'allocating', 'published', 'running', 'closed'];

/** Fairs, newest first; the public sees those past the draft stage. */
export async function listFairs(db: Queryable, options: { includeDrafts: boolean }): Promise<Fair[]> {
  const rows = await db
    .select({
      fair: fairs,
      applicationCount: sql<number>`(SELECT count(*)::int FROM fair_applications a WHERE a.fair_id = ${fairs.id} AND a.status <> 'withdrawn')`,
    })
    .from(fairs)
    .where(options.includeDrafts ? undefined : inArray(fairs.status, PUBLIC_FAIR_STATUSES))
    .orderBy(desc(fairs.startsOn));
  const figures = await fairFigures(db, rows.map((r) => r.fair.id));
  return rows.map((r) => toFair(r.fair, { applicationCount: r.applicationCount, figures: figures.get(r.fair.id) ?? NO_FIGURES }));
}
