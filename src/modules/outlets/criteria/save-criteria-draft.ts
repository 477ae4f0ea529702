import { and, eq, max } from 'drizzle-orm';
import type { Database } from '../../../server/db/database.ts';
import { badRequest, conflict } from '../../../server/http/app-error.ts';
import { clock } from '../../../shared/time/clock.ts';
import type { Actor } from '../../audit/actor.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { outletCriteriaVersions } from '../tables.ts';
import { checkDefinition } from './check-definition.ts';
import { latestPublished, versionNotFound } from './criteria-versions.ts';
import type { CriteriaDefinition } from './definition.ts';

function assertPublishable(definition: CriteriaDefinition): void {
  const problems = checkDefinition(definition);
  if (problems.length) {
    throw badRequest('invalid_criteria', { vi: problems.map((p) => p.vi).join('; '), en: problems.map((p) => p.en).join('; ') }, { problems });
  }
}

/** Starts the next version of a set as a draft: from the given definition, or a copy of the latest published one. */
export async function createCriteriaDraft(database: Database, actor: Actor, set: string, definition?: CriteriaDefinition): Promise<{ id: string; version: number }> {
  return database.db.transaction(async (tx) => {
    const base = definition ?? (await latestPublished(tx, set))?.definition;
    if (!base) throw badRequest('definition_required', { vi: 'Bộ tiêu chí mới cần nội dung', en: 'A new set of criteria needs a definition' });
    if (definition) assertPublishable(definition);
    const [{ latest } = { latest: 0 }] = await tx.select({ latest: max(outletCriteriaVersions.version) }).from(outletCriteriaVersions).where(eq(outletCriteriaVersions.setCode, set));
    const version = (latest ?? 0) + 1;
    const now = clock.now();
    const [row] = await tx.insert(outletCriteriaVersions).values({ setCode: set, version, definition: base, status: 'draft', createdAt: now, updatedAt: now })
      .onConflictDoNothing().returning({ id: outletCriteriaVersions.id });
    if (!row) throw conflict('draft_exists', { vi: 'Bộ tiêu chí này đã có một bản nháp', en: 'This set already has a draft' });
    await recordAudit(tx, actor, { action: 'outlet-criteria.draft', entity: 'outlet_criteria_version', entityId: row.id, changes: { set, version } });
    return { id: row.id, version };
  });
}

async function findDraft(database: Database, id: string) {
  const [row] = await database.db.select().from(outletCriteriaVersions).where(eq(outletCriteriaVersions.id, id));
  if (!row) throw versionNotFound();
  if (row.status !== 'draft') throw conflict('version_published', { vi: 'Phiên bản đã phát hành không thể sửa; hãy tạo phiên bản mới', en: 'A published version cannot change; start a new version' });
  return row;
}

export async function updateCriteriaDraft(database: Database, actor: Actor, id: string, definition: CriteriaDefinition): Promise<void> {
  assertPublishable(definition);
  await findDraft(database, id);
  await database.db.transaction(async (tx) => {
    await tx.update(outletCriteriaVersions).set({ definition, updatedAt: clock.now() })
      .where(and(eq(outletCriteriaVersions.id, id), eq(outletCriteriaVersions.status, 'draft')));
    await recordAudit(tx, actor, { action: 'outlet-criteria.update-draft', entity: 'outlet_criteria_version', entityId: id, changes: { definition } });
  });
}

/** Publishes a draft: from now on new surveys of the kinds it applies to use it, and it never changes. */
export async function publishCriteriaVersion(database: Database, actor: Actor, id: string): Promise<void> {
  const draft = await findDraft(database, id);
  assertPublishable(draft.definition);
  await database.db.transaction(async (tx) => {
    const now = clock.now();
    await tx.update(outletCriteriaVersions).set({ status: 'published', publishedAt: now, publishedBy: actor.id, updatedAt: now })
      .where(and(eq(outletCriteriaVersions.id, id), eq(outletCriteriaVersions.status, 'draft')));
    await recordAudit(tx, actor, { action: 'outlet-criteria.publish', entity: 'outlet_criteria_version', entityId: id, changes: { set: draft.setCode, version: draft.version } });
  });
}

export async function deleteCriteriaDraft(database: Database, actor: Actor, id: string): Promise<void> {
  const draft = await findDraft(database, id);
  await database.db.transaction(async (tx) => {
    await tx.delete(outletCriteriaVersions).where(and(eq(outletCriteriaVersions.id, id), eq(outletCriteriaVersions.status, 'draft')));
    await recordAudit(tx, actor, { action: 'outlet-criteria.delete-draft', entity: 'outlet_criteria_version', entityId: id, changes: { set: draft.setCode, version: draft.version } });
  });
}
