import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import type { Database, Tx } from '../../../server/db/database.ts';
import type { SignedInUser } from '../../../server/http/access.ts';
import { badRequest, conflict, forbidden } from '../../../server/http/app-error.ts';
import { clock, dayInVietnam } from '../../../shared/time/clock.ts';
import type { Actor } from '../../audit/actor.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { products } from '../../catalogue/tables.ts';
import type { BuyerEntryInput, ProducerEntryInput } from '../contract.ts';
import { assertStage, findConference, type ConferenceRow } from '../conferences/find-conference.ts';
import { REGISTRATION_OPEN } from '../domain/conference-status.ts';
import { isStaff } from '../trade-access.ts';
import { conferenceBuyers, conferenceProducers } from '../tables.ts';

const STAFF_REGISTRATION = ['registration', 'matching', 'scheduled'] as const;
const register = { vi: 'đăng ký tham gia', en: 'register' };

function checkSlots(conference: ConferenceRow, available: readonly number[]): number[] {
  const outside = available.filter((s) => s >= conference.slotCount);
  if (outside.length > 0) {
    throw badRequest('bad_slots', { vi: `Hội nghị chỉ có ${conference.slotCount} ca gặp (0–${conference.slotCount - 1})`, en: `The conference has ${conference.slotCount} slots (0–${conference.slotCount - 1})` }, { outside });
  }
  return [...available].sort((a, b) => a - b);
}

async function openConference(tx: Tx, key: string, user: SignedInUser): Promise<ConferenceRow> {
  const conference = await findConference(tx, key, user, { lock: true });
  assertStage(conference, isStaff(user) ? STAFF_REGISTRATION : REGISTRATION_OPEN, register);
  const today = dayInVietnam(clock.now());
  if (!isStaff(user) && conference.registrationOpensOn && today < conference.registrationOpensOn) {
    throw conflict('registration_not_open', { vi: 'Chưa đến thời gian đăng ký', en: 'Registration has not opened yet' }, { opensOn: conference.registrationOpensOn });
  }
  if (!isStaff(user) && conference.registrationClosesOn && today > conference.registrationClosesOn) {
    throw conflict('registration_closed', { vi: 'Đã hết hạn đăng ký', en: 'Registration is closed' }, { closedAfter: conference.registrationClosesOn });
  }
  return conference;
}

/** A producer registers (or updates) its participation with the products it brings. */
export async function registerProducer(database: Database, user: SignedInUser, actor: Actor, key: string, input: ProducerEntryInput): Promise<{ id: string }> {
  const producerId = isStaff(user) ? input.producerId : user.producerId;
  if (!producerId) throw badRequest('producer_required', { vi: 'Hãy chọn chủ thể OCOP', en: 'Choose the producer' });
  if (!isStaff(user) && input.producerId && input.producerId !== user.producerId) throw forbidden({ vi: 'Bạn chỉ đăng ký cho chủ thể của mình', en: 'You can only register your own producer' });
  return database.db.transaction(async (tx) => {
    const conference = await openConference(tx, key, user);
    const available = checkSlots(conference, input.available);
    const own = await tx.select({ id: products.id }).from(products).where(and(eq(products.producerId, producerId), inArray(products.id, input.productIds)));
    if (own.length !== input.productIds.length) throw badRequest('foreign_products', { vi: 'Có sản phẩm không thuộc chủ thể này', en: 'Some products do not belong to this producer' });
    const values = { conferenceId: conference.id, producerId, productIds: input.productIds, available };
    const [row] = await tx.insert(conferenceProducers).values(values)
      .onConflictDoUpdate({ target: [conferenceProducers.conferenceId, conferenceProducers.producerId], set: { productIds: values.productIds, available } })
      .returning({ id: conferenceProducers.id });
    if (!row) throw new Error('upsert returned no row');
    await recordAudit(tx, actor, { action: 'conference-producer.register', entity: 'conference-producer', entityId: row.id, changes: values });
    return row;
  });
}

async function nextTableCode(tx: Tx, conferenceId: string): Promise<string> {
  const taken = new Set((await tx.select({ code: conferenceBuyers.tableCode }).from(conferenceBuyers)
    .where(and(eq(conferenceBuyers.conferenceId, conferenceId), isNotNull(conferenceBuyers.tableCode)))).map((r) => r.code));
  for (let n = 1; ; n++) {
    const code = `B${String(n).padStart(2, '0')}`;
    if (!taken.has(code)) return code;
  }
}

/** A buyer organisation registers (or updates) its participation: its table and its hours. */
export async function registerBuyer(database: Database, user: SignedInUser, actor: Actor, key: string, input: BuyerEntryInput): Promise<{ id: string; tableCode: string | null }> {
  const organisationId = isStaff(user) ? input.buyerOrganisationId : user.buyerOrganisationId;
  if (!organisationId) throw badRequest('buyer_required', { vi: 'Hãy chọn đơn vị thu mua', en: 'Choose the buyer organisation' });
  if (!isStaff(user) && input.buyerOrganisationId && input.buyerOrganisationId !== user.buyerOrganisationId) {
    throw forbidden({ vi: 'Bạn chỉ đăng ký cho đơn vị của mình', en: 'You can only register your own organisation' });
  }
  return database.db.transaction(async (tx) => {
    const conference = await openConference(tx, key, user);
    return upsertBuyerEntry(tx, actor, conference, organisationId, input);
  });
}

export async function upsertBuyerEntry(tx: Tx, actor: Actor, conference: ConferenceRow, organisationId: string, input: BuyerEntryInput): Promise<{ id: string; tableCode: string | null }> {
  const available = checkSlots(conference, input.available);
  const tableMode = input.tableMode ?? 'own';
  const [existing] = await tx.select().from(conferenceBuyers).where(and(eq(conferenceBuyers.conferenceId, conference.id), eq(conferenceBuyers.buyerOrganisationId, organisationId)));
  const tableCode = tableMode === 'pool' ? null : input.tableCode ?? existing?.tableCode ?? await nextTableCode(tx, conference.id);
  const values = { conferenceId: conference.id, buyerOrganisationId: organisationId, tableMode, tableCode, available };
  const [row] = existing
    ? await tx.update(conferenceBuyers).set(values).where(eq(conferenceBuyers.id, existing.id)).returning({ id: conferenceBuyers.id, tableCode: conferenceBuyers.tableCode })
    : await tx.insert(conferenceBuyers).values(values).returning({ id: conferenceBuyers.id, tableCode: conferenceBuyers.tableCode });
  if (!row) throw new Error('write returned no row');
  await recordAudit(tx, actor, { action: 'conference-buyer.register', entity: 'conference-buyer', entityId: row.id, changes: values });
  return row;
}
