// What the fuzz needs in the database so that requests reach real rows: a fair with a floor plan,
// a certified product, a point of sale with stock and a survey, a conference, a training course
// with a session, and the accounts of every role linked where a role must be (a producer to its
// producer, an operator to its point, a buyer to its organisation).
import { sql } from 'drizzle-orm';
import type { Role } from '../../../src/modules/accounts/roles.ts';
import { SYSTEM_ACTOR } from '../../../src/modules/audit/actor.ts';
import { latestVersionForKind } from '../../../src/modules/outlets/criteria/criteria-versions.ts';
import { outletOperators, outletStockItems, outletSurveys } from '../../../src/modules/outlets/tables.ts';
import { createConference } from '../../../src/modules/trade/conferences/save-conference.ts';
import { saveBuyerOrganisation } from '../../../src/modules/trade/participants/buyer-organisations.ts';
import { aConferenceInput } from '../../../src/modules/trade/test-support/conference-fixtures.ts';
import { rows } from '../../../src/server/db/rows.ts';
import { addDays } from '../../../src/shared/time/iso-date.ts';
import { clock } from '../../../src/shared/time/clock.ts';
import { aCertificate, aProduct, aProducer } from '../../support/catalogue-fixtures.ts';
import { aFairWithStreet } from '../../support/fair-fixtures.ts';
import { aPoint, atStatus } from '../../support/outlet-fixtures.ts';
import type { Cluster, SignedIn } from './cluster.ts';
import type { KnownValues } from './fuzz-requests.ts';
import { send, type Session } from './http.ts';

/** A course open for enrolment with one session, made through the API as its staff would. */
async function aCourse(cluster: Cluster, staff: Session): Promise<{ slug: string; sessionId: string }> {
  const slug = 'tap-huan-fuzz';
  const made = [
    await send(cluster.url, { method: 'POST', path: '/api/training/courses', as: staff, body: {
      slug, name: { vi: 'Kể chuyện sản phẩm', en: 'Product storytelling' }, topic: 'storytelling', audiences: ['producer'], trainers: ['Nguyễn Thu Trang'], capacity: 20,
    } }),
    await send(cluster.url, { method: 'POST', path: `/api/training/courses/${slug}/sessions`, as: staff, body: {
      day: addDays(clock.today(), 30), startsAt: '08:00', endsAt: '11:00', venue: { vi: 'Làng gốm Bát Tràng', en: 'Bat Trang pottery village' },
    } }),
    await send(cluster.url, { method: 'PATCH', path: `/api/training/courses/${slug}`, as: staff, body: { status: 'open' } }),
  ];
  const failed = made.find((response) => response.status >= 300);
  if (failed) throw new Error(`the fuzz's course could not be made: ${failed.status} ${failed.body}`);
  const [session] = await rows<{ id: string }>(cluster.database.db, sql`
    SELECT s.id FROM training_sessions s JOIN training_courses c ON c.id = s.course_id WHERE c.slug = ${slug}`);
  return { slug, sessionId: session?.id ?? '' };
}

export interface FuzzWorld {
  known: KnownValues;
  /** A new account of the role, linked as the role needs, with a session. */
  signIn(role: Role): Promise<SignedIn>;
}

export async function fuzzWorld(cluster: Cluster): Promise<FuzzWorld> {
  const { database } = cluster;
  const fair = await aFairWithStreet(database, 'hoi-cho-fuzz');
  const producer = await aProducer(database, { name: 'HTX Fuzz Bát Tràng', address: 'Thôn 1, xã Bát Tràng' });
  const product = await aProduct(database, producer.id, { vi: 'Gốm men rạn fuzz', en: 'Fuzz crackle ceramics' });
  const certificate = await aCertificate(database, product.id);
  const point = await aPoint(database);
  await atStatus(database, point.id, 'operating');
  const organisation = await database.db.transaction((tx) => saveBuyerOrganisation(tx, SYSTEM_ACTOR, { name: 'Siêu thị Fuzz', kind: 'supermarket' }));
  // An account the fuzz may edit or deactivate without locking itself out.
  const bystander = await cluster.signIn('buyer');
  const stallIds = (await rows<{ id: string }>(database.db, sql`SELECT id FROM stalls WHERE fair_id = ${fair.id} ORDER BY code LIMIT 3`)).map((r) => r.id);
  const [stock] = await database.db.insert(outletStockItems).values({
    pointId: point.id, otherName: 'Chè lam Thạch Xá', otherBasis: 'local-specialty', quantity: 40, priceVnd: 45_000, ownership: 'bought', since: addDays(clock.today(), -60),
  }).returning({ id: outletStockItems.id });
  const criteria = await latestVersionForKind(database.db, 'shop');
  const surveyor = await cluster.signIn('surveyor');
  const [survey] = await database.db.insert(outletSurveys).values({
    pointId: point.id, criteriaVersionId: criteria.id, surveyorId: surveyor.userId, status: 'assigned', answers: {}, assignedAt: clock.now(), updatedAt: clock.now(),
  }).returning({ id: outletSurveys.id });
  const conference = await createConference(database, SYSTEM_ACTOR, aConferenceInput('hoi-nghi-fuzz'));
  const course = await aCourse(cluster, await cluster.signIn('organizer'));
  const ids = [product.id, producer.id, point.id, bystander.userId, certificate.id, criteria.id, ...(stock ? [stock.id] : []), ...(survey ? [survey.id] : [])];

  return {
    known: {
      fair: [fair.slug, fair.id],
      stall: stallIds,
      id: ids,
      point: [point.id, point.slug],
      pointId: [point.id],
      producer: [producer.id],
      code: [product.code],
      conference: [conference.id, 'hoi-nghi-fuzz'],
      course: [course.slug],
      session: [course.sessionId],
      q: ['gom', 'bat trang', 'gốm'],
    },
    async signIn(role) {
      const links = role === 'producer' ? { producerId: producer.id } : role === 'buyer' ? { buyerOrganisationId: organisation.id } : {};
      const account = await cluster.signIn(role, links);
      if (role === 'operator') await database.db.insert(outletOperators).values({ userId: account.userId, pointId: point.id });
      return account;
    },
  };
}
