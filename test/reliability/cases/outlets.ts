// Points of introduction and sale in the reliability suite: steps of a point's life and survey
// reviews taken by many organizers at once, over both app processes. Each step must be taken
// once: a point goes to "operating" once, a survey is approved once and its point recorded as
// surveyed once, never counted twice in the programme's figures.
import { sql } from 'drizzle-orm';
import { latestVersionForKind } from '../../../src/modules/outlets/criteria/criteria-versions.ts';
import { outletSurveys } from '../../../src/modules/outlets/tables.ts';
import { rows } from '../../../src/server/db/rows.ts';
import { clock } from '../../../src/shared/time/clock.ts';
import { aPoint, atStatus } from '../../support/outlet-fixtures.ts';
import type { Cluster } from '../support/cluster.ts';
import type { ModuleCases } from '../support/cases.ts';

/** A list of ids for `IN (…)`. */
const list = (ids: readonly string[]) => sql.join(ids.map((id) => sql`${id}::uuid`), sql`, `);

const POINTS = 5;
const ORGANIZERS = 20;

async function organizers(cluster: Cluster) {
  return Promise.all(Array.from({ length: ORGANIZERS }, () => cluster.signIn('organizer')));
}

export const cases: ModuleCases = {
  contention: [
    {
      name: `${ORGANIZERS} organizers each move the same ${POINTS} opened points to operating (${ORGANIZERS * POINTS} steps at once)`,
      async prepare(cluster) {
        const points: { id: string; slug: string }[] = [];
        for (let i = 0; i < POINTS; i++) {
          const point = await aPoint(cluster.database);
          await atStatus(cluster.database, point.id, 'opened');
          points.push(point);
        }
        const staff = await organizers(cluster);
        const ids = points.map((p) => p.id);
        return {
          claims: staff.flatMap((as) => points.map((point) => ({
            method: 'POST', path: `/api/outlets/points/${point.id}/status`, body: { to: 'operating', reason: 'Bán hàng ổn định' }, as,
          }))),
          winners: POINTS,
          async doubleBookings() {
            const twice = await rows<{ point_id: string; n: number }>(cluster.database.db, sql`
              SELECT point_id, count(*)::int AS n FROM outlet_point_events
              WHERE to_status = 'operating' AND point_id IN (${list(ids)}) GROUP BY point_id HAVING count(*) <> 1`);
            const wrong = await rows<{ id: string; status: string }>(cluster.database.db, sql`
              SELECT id, status FROM outlet_points WHERE id IN (${list(ids)}) AND status <> 'operating'`);
            return [
              ...twice.map((r) => `point ${r.point_id} went to operating ${r.n} times`),
              ...wrong.map((r) => `point ${r.id} ended ${r.status}`),
            ];
          },
        };
      },
    },
    {
      name: `${ORGANIZERS} organizers each approve the same ${POINTS} submitted surveys (${ORGANIZERS * POINTS} reviews at once)`,
      async prepare(cluster) {
        const surveyor = await cluster.signIn('surveyor');
        const version = await latestVersionForKind(cluster.database.db, 'shop');
        const surveys: string[] = [];
        const pointIds: string[] = [];
        for (let i = 0; i < POINTS; i++) {
          const point = await aPoint(cluster.database);
          const now = clock.now();
          const [survey] = await cluster.database.db.insert(outletSurveys).values({
            pointId: point.id, criteriaVersionId: version.id, surveyorId: surveyor.userId, status: 'submitted', answers: {},
            assignedAt: now, answeredAt: now, submittedAt: now, updatedAt: now,
          }).returning({ id: outletSurveys.id });
          if (!survey) throw new Error('insert returned no row');
          surveys.push(survey.id);
          pointIds.push(point.id);
        }
        const staff = await organizers(cluster);
        return {
          claims: staff.flatMap((as) => surveys.map((id) => ({
            method: 'POST', path: `/api/outlets/surveys/${id}/review`, body: { outcome: 'approved', comment: 'Đạt các tiêu chí' }, as,
          }))),
          winners: POINTS,
          async doubleBookings() {
            const reviews = await rows<{ survey_id: string; n: number }>(cluster.database.db, sql`
              SELECT survey_id, count(*)::int AS n FROM outlet_survey_reviews WHERE survey_id IN (${list(surveys)}) GROUP BY survey_id HAVING count(*) <> 1`);
            const surveyed = await rows<{ point_id: string; n: number }>(cluster.database.db, sql`
              SELECT p.id AS point_id, count(e.id)::int AS n FROM outlet_points p
              LEFT JOIN outlet_point_events e ON e.point_id = p.id AND e.to_status = 'surveyed'
              WHERE p.id IN (${list(pointIds)}) GROUP BY p.id HAVING count(e.id) <> 1 OR min(p.status) <> 'surveyed'`);
            return [
              ...reviews.map((r) => `survey ${r.survey_id} reviewed ${r.n} times`),
              ...surveyed.map((r) => `point ${r.point_id} recorded as surveyed ${r.n} times`),
            ];
          },
        };
      },
    },
  ],
};
