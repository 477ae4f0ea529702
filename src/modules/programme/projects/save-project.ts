import { eq, like, or } from 'drizzle-orm';
import type { Database, Queryable } from '../../../server/db/database.ts';
import type { SignedInUser } from '../../../server/http/access.ts';
import { badRequest } from '../../../server/http/app-error.ts';
import { foldVietnamese } from '../../../shared/text/fold-vietnamese.ts';
import { clock } from '../../../shared/time/clock.ts';
import type { Actor } from '../../audit/actor.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { attachFiles } from '../../files/attach-files.ts';
import { outletPoints } from '../../outlets/tables.ts';
import type { ProjectInput } from '../contract.ts';
import { MILESTONE_STAGES } from '../domain.ts';
import { programmeBudgetLines, programmeMilestones, programmeProjects } from '../tables.ts';
import { documentFileIds, PROJECT_DOCUMENTS } from './project-documents.ts';
import { projectNotFound } from './project-row.ts';

async function valuesOf(db: Queryable, input: ProjectInput) {
  if (input.endsOn < input.startsOn) throw badRequest('bad_dates', { vi: 'Ngày kết thúc phải từ ngày bắt đầu trở đi', en: 'The end date must not come before the start date' });
  const stages = input.milestones.map((m) => m.stage);
  if (new Set(stages).size !== stages.length) throw badRequest('duplicate_milestone', { vi: 'Mỗi mốc chỉ được ghi một lần', en: 'Each milestone may appear only once' });
  const ordered = [...input.milestones].sort((a, b) => MILESTONE_STAGES.indexOf(a.stage) - MILESTONE_STAGES.indexOf(b.stage));
  for (let i = 1; i < ordered.length; i++) {
    if (ordered[i]!.dueOn < ordered[i - 1]!.dueOn) throw badRequest('milestones_out_of_order', { vi: 'Các mốc phải theo thứ tự: đề xuất, thẩm định, phê duyệt, xây dựng, khai trương', en: 'Milestones must follow the order: proposal, appraisal, approval, construction, opening' }, { stage: ordered[i]!.stage });
  }
  const early = input.milestones.find((m) => m.doneOn !== null && m.doneOn > clock.today());
  if (early) throw badRequest('done_in_future', { vi: 'Mốc chưa thể hoàn thành sau ngày hôm nay', en: 'A milestone cannot be done after today' }, { stage: early.stage });
  if (input.pointId) {
    const [point] = await db.select({ id: outletPoints.id }).from(outletPoints).where(eq(outletPoints.id, input.pointId)).limit(1);
    if (!point) throw badRequest('unknown_point', { vi: 'Không có điểm bán này', en: 'Unknown point of sale' });
  }
  return {
    titleVi: input.title.vi.trim(), titleEn: input.title.en.trim(), descriptionVi: input.description?.vi ?? '', descriptionEn: input.description?.en ?? '',
    owner: input.owner.trim(), partners: (input.partners ?? []).map((p) => p.trim()), status: input.status, pointId: input.pointId ?? null,
    startsOn: input.startsOn, endsOn: input.endsOn, documents: input.documents ?? [], published: input.published ?? false,
  };
}

async function writeChildren(db: Queryable, projectId: string, input: ProjectInput): Promise<void> {
  await db.delete(programmeMilestones).where(eq(programmeMilestones.projectId, projectId));
  await db.delete(programmeBudgetLines).where(eq(programmeBudgetLines.projectId, projectId));
  if (input.milestones.length > 0) await db.insert(programmeMilestones).values(input.milestones.map((m) => ({ projectId, stage: m.stage, dueOn: m.dueOn, doneOn: m.doneOn, note: m.note ?? '' })));
  if (input.budgetLines.length > 0) {
    await db.insert(programmeBudgetLines).values(input.budgetLines.map((l, position) => ({ projectId, position, labelVi: l.label.vi.trim(), labelEn: l.label.en.trim(), source: l.source, plannedVnd: l.plannedVnd, spentVnd: l.spentVnd })));
  }
}

/** Adds a project (its URL name from the Vietnamese title) with its milestones and budget lines. */
export async function createProject(database: Database, user: SignedInUser | null, actor: Actor, input: ProjectInput): Promise<{ id: string; slug: string }> {
  return database.db.transaction(async (tx) => {
    const values = await valuesOf(tx, input);
    const base = foldVietnamese(input.title.vi).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 70).replace(/-+$/, '') || 'du-an';
    const taken = new Set((await tx.select({ slug: programmeProjects.slug }).from(programmeProjects).where(or(eq(programmeProjects.slug, base), like(programmeProjects.slug, `${base}-%`)))).map((r) => r.slug));
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    const now = clock.now();
    const [row] = await tx.insert(programmeProjects).values({ ...values, slug, createdAt: now, updatedAt: now }).returning({ id: programmeProjects.id });
    if (!row) throw new Error('insert returned no row');
    await writeChildren(tx, row.id, input);
    await attachFiles(tx, user, actor, { owner: { kind: PROJECT_DOCUMENTS.kind, id: row.id }, fileIds: documentFileIds(values.documents) });
    await recordAudit(tx, actor, { action: 'programme-project.create', entity: 'programme_project', entityId: row.id, changes: { slug, ...values, milestones: input.milestones, budgetLines: input.budgetLines } });
    return { id: row.id, slug };
  });
}

/** Replaces a project's record, milestones and budget lines. */
export async function updateProject(database: Database, user: SignedInUser | null, actor: Actor, id: string, input: ProjectInput): Promise<void> {
  await database.db.transaction(async (tx) => {
    const [before] = await tx.select({ id: programmeProjects.id }).from(programmeProjects).where(eq(programmeProjects.id, id)).for('update').limit(1);
    if (!before) throw projectNotFound();
    const values = await valuesOf(tx, input);
    await tx.update(programmeProjects).set({ ...values, updatedAt: clock.now() }).where(eq(programmeProjects.id, id));
    await writeChildren(tx, id, input);
    await attachFiles(tx, user, actor, { owner: { kind: PROJECT_DOCUMENTS.kind, id }, fileIds: documentFileIds(values.documents) });
    await recordAudit(tx, actor, { action: 'programme-project.update', entity: 'programme_project', entityId: id, changes: { ...values, milestones: input.milestones, budgetLines: input.budgetLines } });
  });
}
