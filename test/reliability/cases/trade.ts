// Trade conferences in the reliability suite: one buyer accepts many meeting requests that all
// propose the same few slots, at once, across both app processes.
import { sql } from 'drizzle-orm';
import { SYSTEM_ACTOR } from '../../../src/modules/audit/actor.ts';
import { createConference, updateConference } from '../../../src/modules/trade/conferences/save-conference.ts';
import { saveBuyerOrganisation } from '../../../src/modules/trade/participants/buyer-organisations.ts';
import { registerBuyer, registerProducer } from '../../../src/modules/trade/participants/register-participants.ts';
import { sendRequest } from '../../../src/modules/trade/requests/send-request.ts';
import { aConferenceInput } from '../../../src/modules/trade/test-support/conference-fixtures.ts';
import type { SignedInUser } from '../../../src/server/http/access.ts';
import { rows } from '../../../src/server/db/rows.ts';
import { aCertificate, aProduct, aProducer } from '../../support/catalogue-fixtures.ts';
import type { ModuleCases } from '../support/cases.ts';

const SLOTS = 8;
const PER_SLOT = 10;

/** The organizer who registers everyone and sends the requests: a real account (requests reference their sender). */
const organizerOf = (userId: string, email: string): SignedInUser => ({
  id: userId, email, displayName: 'Reliability organizer', role: 'organizer',
  producerId: null, buyerOrganisationId: null, preferredLanguage: 'vi', mustChangePassword: false,
});

export const cases: ModuleCases = {
  contention: [
    {
      name: `a buyer accepts ${SLOTS * PER_SLOT} meeting requests at once, ${PER_SLOT} proposing each of its ${SLOTS} slots`,
      async prepare(cluster) {
        const { database } = cluster;
        const staff = await cluster.signIn('organizer');
        const organizer = organizerOf(staff.userId, staff.email);
        const conference = await createConference(database, SYSTEM_ACTOR, aConferenceInput('hoi-nghi-tranh-ca'));
        await updateConference(database, SYSTEM_ACTOR, conference.id, { status: 'registration' });
        const organisation = await database.db.transaction((tx) => saveBuyerOrganisation(tx, SYSTEM_ACTOR, { name: 'Siêu thị tranh ca', kind: 'supermarket' }));
        const all = Array.from({ length: SLOTS }, (_, i) => i);
        const buyer = await registerBuyer(database, organizer, SYSTEM_ACTOR, conference.id, { buyerOrganisationId: organisation.id, available: all });
        const requestIds: string[] = [];
        for (let i = 0; i < SLOTS * PER_SLOT; i++) {
          const producer = await aProducer(database, { name: `HTX Tranh ca ${i}`, address: `Thôn ${i}` });
          const product = await aProduct(database, producer.id, { vi: `Sản phẩm ${i}`, en: `Product ${i}` });
          await aCertificate(database, product.id);
          const entry = await registerProducer(database, organizer, SYSTEM_ACTOR, conference.id, { producerId: producer.id, productIds: [product.id], available: all });
          const request = await sendRequest(database, organizer, SYSTEM_ACTOR, conference.id, { producerEntryId: entry.id, buyerEntryId: buyer.id, proposedSlot: i % SLOTS });
          requestIds.push(request.id);
        }
        const session = await cluster.signIn('buyer', { buyerOrganisationId: organisation.id });
        return {
          claims: requestIds.map((id) => ({ method: 'POST', path: `/api/conferences/${conference.id}/requests/${id}/accept`, body: {}, as: session })),
          winners: SLOTS,
          async doubleBookings() {
            const twice = await rows<{ what: string; slot: number; n: number }>(database.db, sql`
              SELECT 'buyer ' || buyer_entry_id AS what, slot, count(*)::int AS n FROM meetings WHERE conference_id = ${conference.id} GROUP BY buyer_entry_id, slot HAVING count(*) > 1
              UNION ALL
              SELECT 'table ' || table_code, slot, count(*)::int FROM meetings WHERE conference_id = ${conference.id} GROUP BY table_code, slot HAVING count(*) > 1`);
            const accepted = await rows<{ n: number }>(database.db, sql`SELECT count(*)::int AS n FROM meeting_requests WHERE conference_id = ${conference.id} AND status = 'accepted'`);
            const meetings = await rows<{ n: number }>(database.db, sql`SELECT count(*)::int AS n FROM meetings WHERE conference_id = ${conference.id}`);
            return [
              ...twice.map((row) => `${row.what} has ${row.n} meetings in slot ${row.slot}`),
              ...(accepted[0]?.n === meetings[0]?.n ? [] : [`${accepted[0]?.n} requests accepted but ${meetings[0]?.n} meetings`]),
            ];
          },
        };
      },
    },
  ],
};
