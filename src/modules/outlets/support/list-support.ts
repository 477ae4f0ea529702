import { asc, eq } from 'drizzle-orm';
import type { Queryable } from '../../../server/db/database.ts';
import type { ProgrammeSupport, SupportItem } from '../contract.ts';
import { outletPoints, outletSupportItems } from '../tables.ts';
import { supportProgress } from './support-progress.ts';

type Row = typeof outletSupportItems.$inferSelect;

export const toSupportItem = (r: Row): SupportItem => ({
  id: r.id, pointId: r.pointId, kind: r.kind, description: r.description, budgetVnd: r.budgetVnd, spentVnd: r.spentVnd,
  supplier: r.supplier, status: r.status, photos: r.photos, acceptedOn: r.acceptedOn, acceptanceNote: r.acceptanceNote,
});

export async function listPointSupport(db: Queryable, pointId: string) {
  const found = await db.select().from(outletSupportItems).where(eq(outletSupportItems.pointId, pointId)).orderBy(asc(outletSupportItems.createdAt), asc(outletSupportItems.id));
  return { items: found.map(toSupportItem), progress: supportProgress(found) };
}

/** Progress and spending per point that has support items, and across the programme. */
export async function listProgrammeSupport(db: Queryable): Promise<ProgrammeSupport> {
  const found = await db.select({ item: outletSupportItems, slug: outletPoints.slug, nameVi: outletPoints.nameVi, nameEn: outletPoints.nameEn, status: outletPoints.status })
    .from(outletSupportItems).innerJoin(outletPoints, eq(outletPoints.id, outletSupportItems.pointId)).orderBy(asc(outletPoints.nameVi), asc(outletPoints.id));
  const byPoint = new Map<string, typeof found>();
  for (const row of found) byPoint.set(row.item.pointId, [...(byPoint.get(row.item.pointId) ?? []), row]);
  const points = [...byPoint.entries()].map(([pointId, list]) => {
    const first = list[0]!;
    return { pointId, slug: first.slug, name: { vi: first.nameVi, en: first.nameEn }, status: first.status, progress: supportProgress(list.map((r) => r.item)) };
  });
  return { points, total: supportProgress(found.map((r) => r.item)) };
}
