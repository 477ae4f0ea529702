// Fairs in the reliability suite: stall holds fought over by many exhibitors at once.
import { eq } from 'drizzle-orm';
import { stalls } from '../../../src/modules/fairs/tables.ts';
import { rows } from '../../../src/server/db/rows.ts';
import { sql } from 'drizzle-orm';
import { aFairWithStreet, anApplicant } from '../../support/fair-fixtures.ts';
import type { ModuleCases } from '../support/cases.ts';

const STALLS = 10;
const EXHIBITORS = 100;

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
};
