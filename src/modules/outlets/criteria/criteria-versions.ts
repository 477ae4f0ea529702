import { and, desc, eq, sql } from 'drizzle-orm';
import type { Queryable } from '../../../server/db/database.ts';
import { rows } from '../../../server/db/rows.ts';
import { badRequest, notFound } from '../../../server/http/app-error.ts';
import type { CriteriaVersion, CriteriaVersionSummary } from '../contract.ts';
import type { PointKind } from '../domain/point-kinds.ts';
import { outletCriteriaVersions } from '../tables.ts';
import type { CriteriaDefinition } from './definition.ts';

type VersionRow = typeof outletCriteriaVersions.$inferSelect;

export const versionNotFound = () => notFound({ vi: 'Không tìm thấy phiên bản bộ tiêu chí', en: 'Criteria version not found' });

function toSummary(row: VersionRow, surveys: number): CriteriaVersionSummary {
  return {
    id: row.id, set: row.setCode, version: row.version, status: row.status, title: row.definition.title,
    appliesTo: row.definition.appliesTo, publishedAt: row.publishedAt?.toISOString() ?? null, surveys,
  };
}

async function surveyCounts(db: Queryable): Promise<Map<string, number>> {
  const counted = await rows<{ id: string; n: string | number }>(db, sql`SELECT criteria_version_id AS id, count(*) AS n FROM outlet_surveys GROUP BY 1`);
  return new Map(counted.map((c) => [c.id, Number(c.n)]));
}

/** Every version of every set, newest first within a set. */
export async function listCriteriaVersions(db: Queryable): Promise<CriteriaVersionSummary[]> {
  const all = await db.select().from(outletCriteriaVersions).orderBy(outletCriteriaVersions.setCode, desc(outletCriteriaVersions.version));
  const counts = await surveyCounts(db);
  return all.map((row) => toSummary(row, counts.get(row.id) ?? 0));
}

export async function getCriteriaVersion(db: Queryable, id: string): Promise<CriteriaVersion> {
  const [row] = await db.select().from(outletCriteriaVersions).where(eq(outletCriteriaVersions.id, id));
  if (!row) throw versionNotFound();
  const counts = await surveyCounts(db);
  return { ...toSummary(row, counts.get(row.id) ?? 0), definition: row.definition };
}

export async function latestPublished(db: Queryable, set: string): Promise<VersionRow | undefined> {
  const [row] = await db.select().from(outletCriteriaVersions)
    .where(and(eq(outletCriteriaVersions.setCode, set), eq(outletCriteriaVersions.status, 'published')))
    .orderBy(desc(outletCriteriaVersions.version)).limit(1);
  return row;
}

/** The newest published version of the set that applies to this kind of point. */
export async function latestVersionForKind(db: Queryable, kind: PointKind): Promise<{ id: string; definition: CriteriaDefinition }> {
  const found = await rows<{ id: string; definition: CriteriaDefinition }>(db, sql`
    SELECT id, definition FROM outlet_criteria_versions
    WHERE status = 'published' AND definition->'appliesTo' ? ${kind}
    ORDER BY published_at DESC, version DESC LIMIT 1`);
  const row = found[0];
  if (!row) throw badRequest('no_criteria_for_kind', { vi: 'Chưa có bộ tiêu chí nào áp dụng cho loại điểm này', en: 'No published criteria apply to this kind of point' });
  return row;
}
