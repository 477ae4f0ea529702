import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Database, Queryable } from '../../../server/db/database.ts';
import { badRequest, notFound } from '../../../server/http/app-error.ts';
import { clock } from '../../../shared/time/clock.ts';
import type { Actor } from '../../audit/actor.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { findCategory } from '../../catalogue/domain/categories.ts';
import { producers, products } from '../../catalogue/tables.ts';
import type { Agreement, AgreementInput, AgreementUpdate, FrameworkAgreementInput } from '../contract.ts';
import { assertStage, findConference } from '../conferences/find-conference.ts';
import { OUTCOMES_OPEN } from '../domain/conference-status.ts';
import { buyerOrganisations, conferenceBuyers, conferenceProducers, frameworkAgreements, tradeAgreements } from '../tables.ts';

const record = { vi: 'ghi nhận kết quả', en: 'record outcomes' };

/** An MOU or a contract between a participating producer and a participating buyer. */
export async function recordAgreement(database: Database, actor: Actor, key: string, input: AgreementInput): Promise<{ id: string }> {
  return database.db.transaction(async (tx) => {
    const conference = await findConference(tx, key, 'system');
    assertStage(conference, OUTCOMES_OPEN, record);
    const [producer] = await tx.select({ id: conferenceProducers.id }).from(conferenceProducers).where(and(eq(conferenceProducers.conferenceId, conference.id), eq(conferenceProducers.producerId, input.producerId)));
    const [buyer] = await tx.select({ id: conferenceBuyers.id }).from(conferenceBuyers).where(and(eq(conferenceBuyers.conferenceId, conference.id), eq(conferenceBuyers.buyerOrganisationId, input.buyerOrganisationId)));
    if (!producer || !buyer) throw badRequest('not_participants', { vi: 'Hai bên phải là đơn vị tham gia hội nghị', en: 'Both parties must take part in the conference' });
    const productIds = input.productIds ?? [];
    if (productIds.length > 0) {
      const own = await tx.select({ id: products.id }).from(products).where(and(eq(products.producerId, input.producerId), inArray(products.id, productIds)));
      if (own.length !== productIds.length) throw badRequest('foreign_products', { vi: 'Có sản phẩm không thuộc chủ thể này', en: 'Some products do not belong to this producer' });
    }
    const values = {
      conferenceId: conference.id, producerId: input.producerId, buyerOrganisationId: input.buyerOrganisationId, meetingId: input.meetingId ?? null, kind: input.kind,
      productIds, volume: input.volume ?? '', valueVnd: input.valueVnd, signedOn: input.signedOn, followUpStatus: input.followUpStatus ?? 'signed',
      followUpOn: input.followUpOn ?? null, note: input.note ?? '',
    };
    const [row] = await tx.insert(tradeAgreements).values(values).returning({ id: tradeAgreements.id });
    if (!row) throw new Error('insert returned no row');
    await recordAudit(tx, actor, { action: 'trade-agreement.record', entity: 'trade-agreement', entityId: row.id, changes: values });
    return row;
  });
}

export async function updateAgreement(database: Database, actor: Actor, key: string, agreementId: string, input: AgreementUpdate): Promise<void> {
  await database.db.transaction(async (tx) => {
    const conference = await findConference(tx, key, 'system');
    const rows = await tx.update(tradeAgreements).set({ ...input, updatedAt: clock.now() })
      .where(and(eq(tradeAgreements.id, agreementId), eq(tradeAgreements.conferenceId, conference.id))).returning({ id: tradeAgreements.id });
    if (rows.length === 0) throw notFound({ vi: 'Không tìm thấy biên bản', en: 'Agreement not found' });
    await recordAudit(tx, actor, { action: 'trade-agreement.update', entity: 'trade-agreement', entityId: agreementId, changes: input });
  });
}

export async function listAgreements(db: Queryable, conferenceId: string): Promise<Agreement[]> {
  const rows = await db.select({ a: tradeAgreements, producerName: producers.name, province: producers.province, buyerName: buyerOrganisations.name, buyerKind: buyerOrganisations.kind })
    .from(tradeAgreements).innerJoin(producers, eq(producers.id, tradeAgreements.producerId)).innerJoin(buyerOrganisations, eq(buyerOrganisations.id, tradeAgreements.buyerOrganisationId))
    .where(eq(tradeAgreements.conferenceId, conferenceId)).orderBy(asc(tradeAgreements.signedOn), asc(tradeAgreements.id));
  const productIds = [...new Set(rows.flatMap((r) => r.a.productIds))];
  const categories = new Map(productIds.length === 0 ? [] : (await db.select({ id: products.id, code: products.categoryCode }).from(products).where(inArray(products.id, productIds))).map((p) => [p.id, p.code]));
  return rows.map(({ a, producerName, province, buyerName, buyerKind }) => ({
    id: a.id, producerId: a.producerId, producerName, producerProvince: province, buyerOrganisationId: a.buyerOrganisationId, buyerName, buyerKind, meetingId: a.meetingId,
    kind: a.kind, productIds: a.productIds,
    productGroups: [...new Set(a.productIds.flatMap((id) => { const code = categories.get(id); const group = code ? findCategory(code)?.groupCode : undefined; return group ? [group] : []; }))],
    volume: a.volume, valueVnd: a.valueVnd, signedOn: a.signedOn, followUpStatus: a.followUpStatus, followUpOn: a.followUpOn, note: a.note,
  }));
}

export async function recordFrameworkAgreement(database: Database, actor: Actor, key: string, input: FrameworkAgreementInput): Promise<{ id: string }> {
  return database.db.transaction(async (tx) => {
    const conference = await findConference(tx, key, 'system');
    assertStage(conference, OUTCOMES_OPEN, record);
    const values = { conferenceId: conference.id, province: input.province ?? 'Hà Nội', partnerProvince: input.partnerProvince, titleVi: input.title.vi, titleEn: input.title.en, signedOn: input.signedOn };
    if (values.province === values.partnerProvince) throw badRequest('same_province', { vi: 'Thỏa thuận khung giữa hai tỉnh, thành khác nhau', en: 'A framework agreement is between two different provinces' });
    const [row] = await tx.insert(frameworkAgreements).values(values).returning({ id: frameworkAgreements.id });
    if (!row) throw new Error('insert returned no row');
    await recordAudit(tx, actor, { action: 'framework-agreement.record', entity: 'framework-agreement', entityId: row.id, changes: values });
    return row;
  });
}

export async function listFrameworkAgreements(db: Queryable, conferenceId: string) {
  const rows = await db.select().from(frameworkAgreements).where(eq(frameworkAgreements.conferenceId, conferenceId)).orderBy(asc(frameworkAgreements.signedOn), asc(frameworkAgreements.partnerProvince));
  return rows.map((r) => ({ id: r.id, province: r.province, partnerProvince: r.partnerProvince, title: { vi: r.titleVi, en: r.titleEn }, signedOn: r.signedOn }));
}
