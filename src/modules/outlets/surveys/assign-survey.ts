import { and, eq } from 'drizzle-orm';
import type { Database } from '../../../server/db/database.ts';
import { badRequest, conflict } from '../../../server/http/app-error.ts';
import { clock } from '../../../shared/time/clock.ts';
import type { Actor } from '../../audit/actor.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { users } from '../../accounts/tables.ts';
import type { SurveyAssignInput } from '../contract.ts';
import { latestVersionForKind, versionNotFound } from '../criteria/criteria-versions.ts';
import { findPointRow } from '../points/find-point.ts';
import { outletCriteriaVersions, outletSurveys } from '../tables.ts';

/** Gives a point to a surveyor to survey against a published version of the criteria, kept for the survey's life. */
export async function assignSurvey(database: Database, actor: Actor, pointKey: string, input: SurveyAssignInput): Promise<{ id: string }> {
  return database.db.transaction(async (tx) => {
    const point = await findPointRow(tx, pointKey, { forUpdate: true });
    if (point.status === 'closed') throw conflict('point_closed', { vi: 'Điểm đã đóng cửa', en: 'The point is closed' });
    const [surveyor] = await tx.select({ id: users.id, role: users.role, active: users.active }).from(users).where(eq(users.id, input.surveyorId));
    if (!surveyor || surveyor.role !== 'surveyor' || !surveyor.active) {
      throw badRequest('not_a_surveyor', { vi: 'Chỉ giao khảo sát cho tài khoản cán bộ khảo sát đang hoạt động', en: 'Surveys go to active surveyor accounts only' });
    }
    let versionId: string;
    if (input.criteriaVersionId) {
      const [version] = await tx.select({ id: outletCriteriaVersions.id }).from(outletCriteriaVersions)
        .where(and(eq(outletCriteriaVersions.id, input.criteriaVersionId), eq(outletCriteriaVersions.status, 'published')));
      if (!version) throw versionNotFound();
      versionId = version.id;
    } else versionId = (await latestVersionForKind(tx, point.kind)).id;
    const now = clock.now();
    const [row] = await tx.insert(outletSurveys).values({
      pointId: point.id, criteriaVersionId: versionId, surveyorId: surveyor.id, assignedBy: actor.id, assignedAt: now, dueOn: input.dueOn ?? null,
      status: 'assigned', answers: {}, updatedAt: now,
    }).returning({ id: outletSurveys.id });
    if (!row) throw new Error('insert returned no row');
    await recordAudit(tx, actor, { action: 'outlet-survey.assign', entity: 'outlet_survey', entityId: row.id, changes: { pointId: point.id, surveyorId: surveyor.id, criteriaVersionId: versionId, dueOn: input.dueOn ?? null } });
    return row;
  });
}
