import { expect, it } from 'vitest';
import type { DemoChecks } from '../../../server/demo/demo-checks.ts';
import { clock } from '../../../shared/time/clock.ts';

interface Summary { slug: string; status: string; capacity: number; enrolledCount: number; waitlistCount: number; firstDay: string | null; lastDay: string | null }
interface Session { id: string; startsAtInstant: string; point: unknown; craftVillage: unknown }

export const demoChecks: DemoChecks = (demo) => {
  const get = async (url: string) => {
    const response = await demo().request('organizer', { method: 'GET', url });
    expect(response.statusCode, `${url}: ${response.body}`).toBe(200);
    return response.json();
  };
  const courses = async () => (await get('/api/training/courses?all=true')).items as Summary[];

  it('spreads about twenty courses over the year around today: completed, running and coming ones', async () => {
    const items = await courses();
    const today = clock.today();
    expect(items.length).toBeGreaterThanOrEqual(18);
    const statuses = new Set(items.map((c) => c.status));
    for (const status of ['completed', 'running', 'open', 'full']) expect(statuses, status).toContain(status);
    for (const c of items) {
      if (c.status === 'completed') expect(c.lastDay! <= today, c.slug).toBe(true);
      if (c.status === 'open' || c.status === 'full') expect(c.firstDay! >= today, c.slug).toBe(true);
      if (c.status === 'running') expect(c.firstDay! <= today && c.lastDay! >= today, c.slug).toBe(true);
    }
  });

  it('keeps waiting lists on full courses only and never seats more than the capacity', async () => {
    const items = await courses();
    expect(items.some((c) => c.waitlistCount > 0)).toBe(true);
    for (const c of items) {
      expect(c.enrolledCount, c.slug).toBeLessThanOrEqual(c.capacity);
      if (c.waitlistCount > 0) expect(c.enrolledCount, c.slug).toBe(c.capacity);
    }
  });

  it('holds sessions at the pilot points and craft villages, and records no attendance for sessions not yet begun', async () => {
    const now = clock.now().getTime();
    let atPlaces = 0;
    for (const c of await courses()) {
      const sessions = (await get(`/api/training/courses/${c.slug}`)).sessions as Session[];
      atPlaces += sessions.filter((s) => s.point !== null || s.craftVillage !== null).length;
      for (const s of sessions) {
        const sheet = await get(`/api/training/courses/${c.slug}/sessions/${s.id}/attendance`);
        const recorded = (sheet.items as { status: string | null }[]).filter((row) => row.status !== null).length;
        if (Date.parse(s.startsAtInstant) > now) expect(recorded, `${c.slug} ${s.startsAtInstant}`).toBe(0);
        else expect(recorded, `${c.slug} ${s.startsAtInstant}`).toBe(c.enrolledCount);
      }
    }
    expect(atPlaces).toBeGreaterThan(10);
  });

  it("gives certificates only on completed courses, each to a trainee who met the course's rule, one revoked", async () => {
    let issued = 0;
    let revoked: string | null = null;
    for (const c of await courses()) {
      const completion = await get(`/api/training/courses/${c.slug}/completion`);
      const rows = completion.items as { completed: boolean; certificateCode: string | null; certificateRevoked: boolean }[];
      for (const row of rows.filter((r) => r.certificateCode !== null)) {
        expect(c.status, c.slug).toBe('completed');
        expect(row.completed, c.slug).toBe(true);
        issued += 1;
        if (row.certificateRevoked) revoked = row.certificateCode;
      }
      if (c.status === 'completed') expect(rows.filter((r) => r.completed && r.certificateCode === null), c.slug).toEqual([]);
    }
    expect(issued).toBeGreaterThan(50);
    expect(revoked).not.toBeNull();
    const check = await demo().app.inject({ method: 'GET', url: `/api/training/certificates/${revoked}` });
    expect(check.json()).toMatchObject({ status: 'revoked' });
  });
};
