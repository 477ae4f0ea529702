import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import type { DemoChecks } from '../../../server/demo/demo-checks.ts';
import type { Conference, MeetingList, MeetingRequestList } from '../contract.ts';
import { DEMO_CONFERENCE } from './seed-demo-conference.ts';

const url = `/api/conferences/${DEMO_CONFERENCE}`;

export const demoChecks: DemoChecks = (demo) => {
  it('has a supply–demand conference running, with about 150 producers and 40 buyers', async () => {
    const conference = (await demo().app.inject({ method: 'GET', url })).json() as Conference;
    expect(conference.status).toBe('running');
    expect(conference.producerCount).toBeGreaterThanOrEqual(120);
    expect(conference.buyerCount).toBe(40);
    expect(conference.slots).toHaveLength(16);
  });

  it('has requests in every state, a schedule without double booking, and MOUs from the first day', async () => {
    const requests = (await demo().request('organizer', { method: 'GET', url: `${url}/requests` })).json() as MeetingRequestList;
    const states = new Set(requests.items.map((r) => r.status));
    expect([...states].sort()).toEqual(['accepted', 'cancelled', 'declined', 'expired', 'pending']);
    const meetings = (await demo().request('organizer', { method: 'GET', url: `${url}/meetings` })).json() as MeetingList;
    expect(meetings.items.length).toBeGreaterThan(150);
    for (const key of [(m: MeetingList['items'][number]) => `${m.producerEntryId}|${m.slot}`, (m: MeetingList['items'][number]) => `${m.tableCode}|${m.slot}`]) {
      expect(new Set(meetings.items.map(key)).size).toBe(meetings.items.length);
    }
    const dashboard = (await demo().request('organizer', { method: 'GET', url: `${url}/dashboard` })).json();
    expect(dashboard.meetings.held).toBeGreaterThan(50);
    expect(dashboard.agreements.mou).toBeGreaterThan(20);
    expect(dashboard.agreements.valueVnd).toBeGreaterThan(0);
    expect(dashboard.frameworkAgreements).toBe(6);
  });

  it("gives the demo producer and buyer accounts an agenda of their own", async () => {
    for (const role of ['producer', 'buyer'] as const) {
      // The test's account of the role acts for what the demo's account of the role acts for.
      await demo().as(role);
      await demo().database.db.execute(sql`
        UPDATE users SET producer_id = demo.producer_id, buyer_organisation_id = demo.buyer_organisation_id
        FROM users demo WHERE demo.email = ${`${role}@ocop.example`} AND users.email = ${`${role}@test.example`}`);
      const agenda = (await demo().request(role, { method: 'GET', url: `${url}/agenda` })).json();
      expect(agenda.items?.length ?? 0, role).toBeGreaterThan(0);
    }
  });
};
