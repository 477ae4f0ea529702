// Points of introduction and sale in the reliability suite: steps of a point's life and survey
// reviews taken by many organizers at once, over both app processes. Each step must be taken
// once: a point goes to "operating" once, a survey is approved once and its point recorded as
// surveyed once, never counted twice in the programme's figures. Also: a monthly sales import
// whose server is killed while it writes (all months or none), and the public map of points under
// load.
import { sql } from 'drizzle-orm';
import { SYSTEM_ACTOR } from '../../../src/modules/audit/actor.ts';
import { latestVersionForKind } from '../../../src/modules/outlets/criteria/criteria-versions.ts';
import { monthOf, shiftMonth } from '../../../src/modules/outlets/sales/months.ts';
import { replaceSalesReport } from '../../../src/modules/outlets/sales/save-sales-report.ts';
import { outletStockItems, outletSurveys } from '../../../src/modules/outlets/tables.ts';
import { rows } from '../../../src/server/db/rows.ts';
import { clock } from '../../../src/shared/time/clock.ts';
import { aPoint, atStatus } from '../../support/outlet-fixtures.ts';
import type { Cluster } from '../support/cluster.ts';
import type { ModuleCases } from '../support/cases.ts';
import { holdLock, waitForBackendGone, waitForBlockedWriter } from '../support/db-locks.ts';
import { send } from '../support/http.ts';

/** A list of ids for `IN (…)`. */
const list = (ids: readonly string[]) => sql.join(ids.map((id) => sql`${id}::uuid`), sql`, `);

const POINTS = 5;
const ORGANIZERS = 20;
const SALES_MONTHS = 24;
const SALES_PRODUCTS = 20;

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
  crashes: [
    {
      name: `kill -9 while a sales import of ${SALES_MONTHS} months × ${SALES_PRODUCTS} products is being written`,
      async start(cluster, server) {
        const { database } = cluster;
        const point = await aPoint(database);
        await atStatus(database, point.id, 'operating');
        const names = Array.from({ length: SALES_PRODUCTS }, (_, i) => `Đặc sản thử ${i + 1}`);
        const stock = await database.db.insert(outletStockItems).values(names.map((otherName) => ({
          pointId: point.id, otherName, otherBasis: 'local-specialty' as const, quantity: 50, priceVnd: 45_000, ownership: 'bought' as const, since: '2020-01-01',
        }))).returning({ id: outletStockItems.id });
        const last = shiftMonth(monthOf(clock.today()), -1);
        const months = Array.from({ length: SALES_MONTHS }, (_, i) => shiftMonth(last, i - SALES_MONTHS + 1));
        // The last month already has a report: the import replaces it last (months in order), so
        // with that report's row locked the import stands before its last month, the others written.
        const [first] = stock;
        if (!first) throw new Error('no stock inserted');
        await database.db.transaction((tx) => replaceSalesReport(tx, SYSTEM_ACTOR, point.id, last, [{ stockItemId: first.id, units: 1, salesVnd: 1 }], 'form'));
        const [earlier] = await rows<{ id: string }>(database.db, sql`SELECT id FROM outlet_sales_reports WHERE point_id = ${point.id}`);
        const csv = ['Tháng,Sản phẩm,Số lượng bán,Doanh thu (VNĐ)', ...months.flatMap((month) => names.map((name, i) => `${month.slice(5, 7)}/${month.slice(0, 4)},${name},${i + 1},${(i + 1) * 45_000}`))].join('\n');
        const lock = await holdLock(cluster, 'SELECT id FROM outlet_sales_reports WHERE id = $1 FOR UPDATE', [earlier?.id]);
        const staff = await cluster.signIn('organizer');
        void send(server, {
          method: 'POST', path: `/api/outlets/points/${point.id}/sales-import?fileName=doanh-so.csv`, as: staff, body: csv, headers: { 'content-type': 'text/csv' }, timeoutMs: 120_000,
        }).catch(() => undefined); // the connection breaks when the server dies
        const writer = await waitForBlockedWriter(cluster, lock, 'outlet_sales_lines');
        return {
          async outcome() {
            await lock.release();
            await waitForBackendGone(cluster, writer);
            const reports = await rows<{ id: string; source: string; lines: number }>(database.db, sql`
              SELECT r.id, r.source, (SELECT count(*)::int FROM outlet_sales_lines l WHERE l.report_id = r.id) AS lines
              FROM outlet_sales_reports r WHERE r.point_id = ${point.id}`);
            const [only] = reports;
            if (reports.length === 1 && only?.id === earlier?.id && only?.source === 'form' && only.lines === 1) return 'none';
            if (reports.length === SALES_MONTHS && reports.every((r) => r.source === 'spreadsheet' && r.lines === SALES_PRODUCTS)) return 'all';
            return `${reports.length} reports (${reports.filter((r) => r.source === 'spreadsheet').length} from the file), ${reports.reduce((n, r) => n + r.lines, 0)} lines`;
          },
        };
      },
    },
  ],
  load: [
    {
      name: 'points of sale (/api/points-of-sale)',
      async prepare(cluster) {
        for (let i = 0; i < 30; i++) {
          const point = await aPoint(cluster.database, { latitude: 20.97 + i / 1000, longitude: 105.77 + i / 1000 });
          await atStatus(cluster.database, point.id, 'operating');
        }
        return '/api/points-of-sale';
      },
    },
  ],
};
