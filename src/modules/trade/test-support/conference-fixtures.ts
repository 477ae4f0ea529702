import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { createUser } from '../../accounts/create-user.ts';
import type { Role } from '../../accounts/roles.ts';
import { SYSTEM_ACTOR } from '../../audit/actor.ts';
import { addDays } from '../../catalogue/domain/iso-date.ts';
import { clock } from '../../../shared/time/clock.ts';
import type { TestApp } from '../../../../test/support/test-app.ts';
import { TEST_PASSWORD } from '../../../../test/support/test-app.ts';
import { aCertificate, aProduct, aProducer } from '../../../../test/support/catalogue-fixtures.ts';
import type { ConferenceInput } from '../contract.ts';

/** A conference 20 days from now: two sessions of four 20-minute slots, two pool tables. */
export function aConferenceInput(slug: string): ConferenceInput {
  const day = addDays(clock.today(), 20);
  return {
    slug, name: { vi: 'Hội nghị kết nối cung cầu', en: 'Supply–demand conference' }, venue: { vi: 'Trung tâm Hội nghị Quốc gia', en: 'National Convention Center' },
    venueAddress: 'Số 1 Đại lộ Thăng Long, Hà Nội', startsOn: day, endsOn: day,
    programme: [{ day, startsAt: '08:00', endsAt: '09:30', title: { vi: 'Phiên toàn thể', en: 'Plenary' } }],
    sessions: [{ day, startsAt: '09:30', slotMinutes: 20, slots: 4 }, { day, startsAt: '13:30', slotMinutes: 20, slots: 4 }],
    poolTables: 2, requestExpiryHours: 48,
  };
}

let counter = 0;
/** A certified producer with one product of the category, 4 stars. */
export async function aCertifiedProducer(t: TestApp, options: { category?: string; province?: string; region?: 'red-river-delta' | 'northern-mountains' } = {}) {
  counter++;
  const producer = await aProducer(t.database, { name: `HTX Kết nối ${counter}`, address: `Thôn ${counter}`, province: options.province ?? 'Hà Nội', region: options.region ?? 'red-river-delta' });
  const product = await aProduct(t.database, producer.id, { vi: `Sản phẩm ${counter}`, en: `Product ${counter}` }, { categoryCode: options.category ?? 'I.3.b' });
  await aCertificate(t.database, product.id, { stars: 4 });
  return { producerId: producer.id, productId: product.id };
}

/** Signs in a new account of the role, linked to a producer or buyer organisation. */
export async function signInAs(t: TestApp, role: Role, links: { producerId?: string; buyerOrganisationId?: string }) {
  counter++;
  const email = `${role}-${counter}@trade.test.example`;
  await createUser(t.database, SYSTEM_ACTOR, { email, displayName: `${role} ${counter}`, role, password: TEST_PASSWORD, ...links });
  const response = await t.app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email, password: TEST_PASSWORD } });
  if (response.statusCode !== 200) throw new Error(`sign-in failed: ${response.body}`);
  const cookie = response.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  const csrf = (response.json() as { csrfToken: string }).csrfToken;
  return (options: InjectOptions): Promise<LightMyRequestResponse> => t.app.inject({ ...options, headers: { cookie, 'x-csrf-token': csrf, ...options.headers } });
}
