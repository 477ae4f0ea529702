import { count, eq, ne, and } from 'drizzle-orm';
import type { Queryable } from '../../../server/db/database.ts';
import { notFound } from '../../../server/http/app-error.ts';
import type { Fair } from '../contract.ts';
import { fairFigures, NO_FIGURES } from '../reporting/fair-figures.ts';
import { fairApplications, fairs } from '../tables.ts';
import { toFair } from './fair-row.ts';

export const fairNotFound = () => notFound({ vi: 'Không tìm thấy hội chợ', en: 'Fair not found' });

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A fair by id or by slug (public URLs use the slug). */
export async function findFairRow(db: Queryable, key: string): Promise<typeof fairs.$inferSelect> {
  const [row] = await db.select().from(fairs).where(UUID.test(key) ? eq(fairs.id, key) : eq(fairs.slug, key));
  if (!row) throw fairNotFound();
  return row;
}

export async function getFair(db: Queryable, key: string): Promise<Fair> {
  const row = await findFairRow(db, key);
  const [applicationCount] = await db.select({ n: count() }).from(fairApplications).where(and(eq(fairApplications.fairId, row.id), ne(fairApplications.status, 'withdrawn')));
  const figures = (await fairFigures(db, [row.id])).get(row.id) ?? NO_FIGURES;
  return toFair(row, { applicationCount: applicationCount?.n ?? 0, figures });
}

/** Every official day of the fair, as the daterange literal stall assignments use. */
export const fairDays = (fair: { startsOn: string; endsOn: string }) => `[${fair.startsOn},${fair.endsOn}]`;
