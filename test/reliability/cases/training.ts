// Training courses in the reliability suite: many trainees enrol in a small course at once,
// across both app processes. Every request is answered (a seat or a place on the waiting list,
// both 201), and the database holds exactly the capacity seated, the rest waiting.
import { sql } from 'drizzle-orm';
import { rows } from '../../../src/server/db/rows.ts';
import { addDays } from '../../../src/shared/time/iso-date.ts';
import { clock } from '../../../src/shared/time/clock.ts';
import { aProducer } from '../../support/catalogue-fixtures.ts';
import type { ModuleCases } from '../support/cases.ts';
import { send, type HttpRequest, type Session } from '../support/http.ts';

const CAPACITY = 5;
const TRAINEES = 60;
const SLUG = 'tap-huan-tranh-cho';

async function expectStatus(baseUrl: string, request: HttpRequest, status: number): Promise<void> {
  const response = await send(baseUrl, request);
  if (response.status !== status) throw new Error(`${request.method ?? 'GET'} ${request.path}: ${response.status} ${response.body}`);
}

async function openCourse(baseUrl: string, staff: Session): Promise<void> {
  await expectStatus(baseUrl, { method: 'POST', path: '/api/training/courses', as: staff, body: {
    slug: SLUG, name: { vi: 'Kể chuyện sản phẩm OCOP', en: 'Telling the story of an OCOP product' }, topic: 'storytelling',
    audiences: ['producer'], trainers: ['Nguyễn Thu Trang'], capacity: CAPACITY,
  } }, 201);
  await expectStatus(baseUrl, { method: 'POST', path: `/api/training/courses/${SLUG}/sessions`, as: staff, body: {
    day: addDays(clock.today(), 30), startsAt: '08:00', endsAt: '11:00', venue: { vi: 'Làng gốm Bát Tràng', en: 'Bat Trang pottery village' },
  } }, 201);
  await expectStatus(baseUrl, { method: 'PATCH', path: `/api/training/courses/${SLUG}`, as: staff, body: { status: 'open' } }, 204);
}

export const cases: ModuleCases = {
  contention: [
    {
      name: `${TRAINEES} trainees enrol at once in a course of ${CAPACITY} seats: ${CAPACITY} seated, the others on the waiting list`,
      async prepare(cluster) {
        const { database } = cluster;
        await openCourse(cluster.url, await cluster.signIn('organizer'));
        const trainees: Session[] = [];
        for (let i = 0; i < TRAINEES; i++) {
          const producer = await aProducer(database, { name: `HTX Học viên ${i}`, address: `Thôn ${i}` });
          trainees.push(await cluster.signIn('producer', { producerId: producer.id }));
        }
        return {
          claims: trainees.map((as) => ({ method: 'POST', path: `/api/training/courses/${SLUG}/enrol`, body: {}, as })),
          // A full course still answers: the waiting list is a success, not a refusal.
          winners: TRAINEES,
          async doubleBookings() {
            const [counts] = await rows<{ enrolled: number; waitlisted: number; trainees: number }>(database.db, sql`
              SELECT count(*) FILTER (WHERE e.status = 'enrolled')::int AS enrolled,
                     count(*) FILTER (WHERE e.status = 'waitlisted')::int AS waitlisted,
                     count(DISTINCT e.user_id)::int AS trainees
              FROM training_enrolments e JOIN training_courses c ON c.id = e.course_id WHERE c.slug = ${SLUG}`);
            const [course] = await rows<{ status: string }>(database.db, sql`SELECT status FROM training_courses WHERE slug = ${SLUG}`);
            const problems: string[] = [];
            if (counts?.enrolled !== CAPACITY) problems.push(`${counts?.enrolled} seated in a course of ${CAPACITY}`);
            if (counts?.waitlisted !== TRAINEES - CAPACITY) problems.push(`${counts?.waitlisted} waiting, not ${TRAINEES - CAPACITY}`);
            if (counts?.trainees !== TRAINEES) problems.push(`${counts?.trainees} distinct trainees for ${TRAINEES} enrolments`);
            if (course?.status !== 'full') problems.push(`the course is ${course?.status}, not full`);
            return problems;
          },
        };
      },
    },
  ],
};
