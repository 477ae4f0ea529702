import { expect } from 'vitest';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { addDays } from '../../../shared/time/iso-date.ts';
import { clock, fixedClock, setClock } from '../../../shared/time/clock.ts';
import type { Course, CourseInput } from '../contract.ts';

export type Call = (options: InjectOptions) => Promise<LightMyRequestResponse>;

/** A course with one 08:00–11:00 session on each of `days` consecutive days from `firstDay`, opened. */
export async function anOpenCourse(staff: Call, slug: string, firstDay: string, days: number, input: Partial<CourseInput> = {}): Promise<Course> {
  const created = await staff({ method: 'POST', url: '/api/training/courses', payload: {
    slug, name: { vi: 'Phục vụ du khách tại làng nghề', en: 'Serving visitors in craft villages' }, topic: 'visitor-service',
    audiences: ['producer', 'point-staff', 'guide'], trainers: ['Phạm Thị Thu Hằng'], capacity: 10, ...input,
  } });
  expect(created.statusCode, created.body).toBe(201);
  for (let i = 0; i < days; i++) {
    const session = await staff({ method: 'POST', url: `/api/training/courses/${slug}/sessions`, payload: {
      day: addDays(firstDay, i), startsAt: '08:00', endsAt: '11:00', venue: { vi: 'Làng lụa Vạn Phúc', en: 'Van Phuc silk village' },
    } });
    expect(session.statusCode, session.body).toBe(201);
  }
  expect((await staff({ method: 'PATCH', url: `/api/training/courses/${slug}`, payload: { status: 'open' } })).statusCode).toBe(204);
  return (await staff({ method: 'GET', url: `/api/training/courses/${slug}` })).json() as Course;
}

/** Sets the platform clock to a fixed instant (tests restore it in afterAll). */
export const at = (instant: Date | number) => setClock(fixedClock(new Date(instant)));
export const minutes = (n: number) => n * 60_000;
/** The Vietnam day `n` days after the clock's today. */
export const dayFromToday = (n: number) => addDays(clock.today(), n);
