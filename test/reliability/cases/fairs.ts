// Fairs in the reliability suite: stall holds fought over by many exhibitors at once, an
// allocation run whose server is killed while it writes its plan, and the public floor plan under
// load.
import { eq } from 'drizzle-orm';
import { stalls } from '../../../src/modules/fairs/tables.ts';
import { rows } from '../../../src/server/db/rows.ts';
import { sql } from 'drizzle-orm';
import { aFairWithStreet, anApplicant } from '../../support/fair-fixtures.ts';
import type { ModuleCases } from '../support/cases.ts';
import { holdLock, waitForBackendGone, waitForBlockedWriter } from '../support/db-locks.ts';
import { send } from '../support/http.ts';

const STALLS = 10;
const EXHIBITORS = 100;
const APPLICANTS = 40;

export const cases: ModuleCases = {
  contention: [
    {
      name: `${EXHIBITORS} exhibitors each claim the same ${STALLS} stalls (${EXHIBITORS * STALLS} holds at once)`,
      async prepare(cluster) {
        const fair = await aFairWithStreet(cluster.database, 'hoi-cho-tranh-gian');
        const open = (await cluster.database.db.select({ id: stalls.id, zone: stalls.zone, blocked: stalls.blocked }).from(stalls)
          .where(eq(stalls.fairId, fair.id)))
          .filter((stall) => !stall.blocked && stall.zone !== 'stage' && stall.zone !== 'service')
          .slice(0, STALLS);
        if (open.length < STALLS) throw new Error(`the fixture fair has only ${open.length} rentable stalls`);
        const exhibitors = [];
        for (let i = 0; i < EXHIBITORS; i++) {
          const applicant = await anApplicant(cluster.database, fair.id);
          exhibitors.push({ ...applicant, session: await cluster.signIn('producer', { producerId: applicant.producerId }) });
        }
        // Interleaved, so every stall is fought over from the first request on.
        const claims = exhibitors.flatMap((exhibitor) => open.map((stall) => ({
          method: 'POST',
          path: `/api/fairs/${fair.id}/stalls/${stall.id}/hold`,
          body: { applicationId: exhibitor.applicationId },
          as: exhibitor.session,
        })));
        return {
          claims,
          winners: STALLS,
          async doubleBookings() {
            const twice = await rows<{ stall_id: string; n: number }>(cluster.database.db, sql`
              SELECT stall_id, count(*)::int AS n FROM stall_assignments WHERE fair_id = ${fair.id}
              GROUP BY stall_id HAVING count(*) > 1`);
            const greedy = await rows<{ application_id: string; n: number }>(cluster.database.db, sql`
              SELECT a.application_id, count(*)::int AS n FROM stall_assignments a
              JOIN fair_applications f ON f.id = a.application_id
              WHERE a.fair_id = ${fair.id} GROUP BY a.application_id, f.stall_count HAVING count(*) > f.stall_count`);
            return [
              ...twice.map((row) => `stall ${row.stall_id} held ${row.n} times`),
              ...greedy.map((row) => `application ${row.application_id} holds ${row.n} stalls`),
            ];
          },
        };
      },
    },
  ],
  crashes: [
    {
      name: `kill -9 while an allocation run writes its plan for ${APPLICANTS} approved applications`,
      async start(cluster, server) {
        const fair = await aFairWithStreet(cluster.database, 'hoi-cho-sap-nguon');
        for (let i = 0; i < APPLICANTS; i++) await anApplicant(cluster.database, fair.id, { region: i % 2 ? 'northern-mountains' : 'red-river-delta' });
        const staff = await cluster.signIn('organizer');
        // The run writes the stall assignments, then records its end and its audit row, all in one
        // transaction. With the audit log locked against inserts (starting a run writes none),
        // the finish stands before its audit row: plan written, uncommitted.
        const lock = await holdLock(cluster, 'LOCK TABLE audit_log IN SHARE ROW EXCLUSIVE MODE');
        let runId = '';
        let writer = 0;
        try {
          const started = await send(server, { method: 'POST', path: `/api/fairs/${fair.id}/allocation-runs`, body: { timeLimitSeconds: 2 }, as: staff });
          if (started.status !== 202) throw new Error(`the run did not start: ${started.status} ${started.body}`);
          runId = started.json<{ id: string }>().id;
          writer = await waitForBlockedWriter(cluster, lock, 'stall_assignments');
        } catch (error) {
          await lock.release();
          throw error;
        }
        return {
          async outcome() {
            await lock.release();
            await waitForBackendGone(cluster, writer);
            const [found] = await rows<{ assignments: number; status: string; placed: number | null; audits: number }>(cluster.database.db, sql`
              SELECT (SELECT count(*)::int FROM stall_assignments WHERE fair_id = ${fair.id}) AS assignments,
                     r.status, (r.report ->> 'placed')::int AS placed,
                     (SELECT count(*)::int FROM audit_log WHERE action = 'fair.allocate' AND entity_id = ${fair.id}) AS audits
              FROM fair_allocation_runs r WHERE r.id = ${runId}`);
            if (found?.assignments === 0 && found.status === 'running' && found.audits === 0) return 'none';
            if (found?.status === 'applied' && found.placed !== null && found.placed > 0 && found.audits === 1) return 'all';
            return `run ${found?.status}, ${found?.assignments} stalls assigned (${found?.placed ?? 'no'} in its report), ${found?.audits} audit rows`;
          },
        };
      },
    },
  ],
  load: [
    {
      name: 'fair floor plan (/api/fairs/:fair/floor-plan)',
      async prepare(cluster) {
        const fair = await aFairWithStreet(cluster.database, 'hoi-cho-tai-nang');
        for (let i = 0; i < 20; i++) await anApplicant(cluster.database, fair.id);
        return `/api/fairs/${fair.slug}/floor-plan`;
      },
    },
  ],
};
