import { asc, eq, inArray, or } from 'drizzle-orm';
import type { Queryable } from '../../../server/db/database.ts';
import { notFound } from '../../../server/http/app-error.ts';
import { clock } from '../../../shared/time/clock.ts';
import type { Project } from '../contract.ts';
import { MILESTONE_STAGES } from '../domain.ts';
import { programmeBudgetLines, programmeMilestones, programmeProjects } from '../tables.ts';

type ProjectRow = typeof programmeProjects.$inferSelect;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const projectNotFound = () => notFound({ vi: 'Không tìm thấy dự án', en: 'Project not found' });

/** `staff`: with the documents (staff-only files); the public sees the project without them. */
async function toProjects(db: Queryable, rows: ProjectRow[], staff: boolean): Promise<Project[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [milestones, lines] = await Promise.all([
    db.select().from(programmeMilestones).where(inArray(programmeMilestones.projectId, ids)),
    db.select().from(programmeBudgetLines).where(inArray(programmeBudgetLines.projectId, ids)).orderBy(asc(programmeBudgetLines.position)),
  ]);
  const today = clock.today();
  return rows.map((r) => {
    const own = lines.filter((l) => l.projectId === r.id);
    return {
      id: r.id, slug: r.slug, title: { vi: r.titleVi, en: r.titleEn }, description: { vi: r.descriptionVi, en: r.descriptionEn },
      owner: r.owner, partners: r.partners, status: r.status, pointId: r.pointId, startsOn: r.startsOn, endsOn: r.endsOn,
      milestones: milestones.filter((m) => m.projectId === r.id).sort((a, b) => MILESTONE_STAGES.indexOf(a.stage) - MILESTONE_STAGES.indexOf(b.stage))
        .map((m) => ({ stage: m.stage, dueOn: m.dueOn, doneOn: m.doneOn, note: m.note, late: m.doneOn === null ? m.dueOn < today : m.doneOn > m.dueOn })),
      budgetLines: own.map((l) => ({ label: { vi: l.labelVi, en: l.labelEn }, source: l.source, plannedVnd: l.plannedVnd, spentVnd: l.spentVnd })),
      budget: { plannedVnd: own.reduce((s, l) => s + l.plannedVnd, 0), spentVnd: own.reduce((s, l) => s + l.spentVnd, 0) },
      documents: staff ? r.documents : [], published: r.published,
    };
  });
}

/** Projects, soonest first; unpublished ones only for staff. */
export async function listProjects(db: Queryable, includeUnpublished: boolean): Promise<Project[]> {
  const found = await db.select().from(programmeProjects).where(includeUnpublished ? undefined : eq(programmeProjects.published, true)).orderBy(asc(programmeProjects.startsOn), asc(programmeProjects.slug));
  return toProjects(db, found, includeUnpublished);
}

/** A project by id or slug. */
export async function getProject(db: Queryable, key: string, includeUnpublished: boolean): Promise<Project> {
  const [row] = await db.select().from(programmeProjects).where(UUID.test(key) ? or(eq(programmeProjects.id, key), eq(programmeProjects.slug, key)) : eq(programmeProjects.slug, key)).limit(1);
  if (!row || (!row.published && !includeUnpublished)) throw projectNotFound();
  return (await toProjects(db, [row], includeUnpublished))[0]!;
}
