import type { Queryable } from '../../../server/db/database.ts';
import type { Localized } from '../../../shared/localized.ts';
import { findCategory } from '../../catalogue/domain/categories.ts';
import type { ConferenceRow } from '../conferences/find-conference.ts';
import type { ConferenceDashboard } from '../contract.ts';
import { BUYER_KIND_LABELS, type BuyerKind } from '../domain/values.ts';
import { listMeetings } from '../meetings/list-meetings.ts';
import { listParticipants } from '../participants/list-participants.ts';
import { listRequests } from '../requests/list-requests.ts';
import { listAgreements, listFrameworkAgreements } from './agreements.ts';

type Row = ConferenceDashboard['byBuyerKind'][number];

function tally(): { add(key: string, label: Localized, field: 'meetings' | 'agreements' | 'valueVnd', amount: number): void; rows(): Row[] } {
  const map = new Map<string, Row>();
  return {
    add(key, label, field, amount) {
      const row = map.get(key) ?? { key, label, meetings: 0, agreements: 0, valueVnd: 0 };
      row[field] += amount;
      map.set(key, row);
    },
    rows: () => [...map.values()].sort((a, b) => b.valueVnd - a.valueVnd || b.meetings - a.meetings || a.key.localeCompare(b.key)),
  };
}

/** Meetings held, MOUs and their value by buyer kind, producer province and product group. */
export async function conferenceDashboard(db: Queryable, conference: ConferenceRow): Promise<ConferenceDashboard> {
  const [participants, meetingList, requests, agreements, frameworks] = await Promise.all([
    listParticipants(db, conference.id), listMeetings(db, conference), listRequests(db, conference.id, null), listAgreements(db, conference.id), listFrameworkAgreements(db, conference.id),
  ]);
  const buyerKind = new Map(participants.buyers.map((b) => [b.id, b.organisation.kind]));
  const producerOf = new Map(participants.producers.map((p) => [p.id, p]));
  const groupLabel = (code: string): Localized => findCategory(code)?.name ?? { vi: code, en: code };
  const kinds = tally();
  const provinces = tally();
  const groups = tally();
  const held = meetingList.filter((m) => m.status === 'held');
  for (const m of held) {
    const kind = buyerKind.get(m.buyerEntryId) as BuyerKind;
    kinds.add(kind, BUYER_KIND_LABELS[kind], 'meetings', 1);
    const producer = producerOf.get(m.producerEntryId);
    if (!producer) continue;
    provinces.add(producer.province, { vi: producer.province, en: producer.province }, 'meetings', 1);
    for (const g of new Set(producer.products.flatMap((p) => findCategory(p.categoryCode)?.groupCode ?? []))) groups.add(g, groupLabel(g), 'meetings', 1);
  }
  for (const a of agreements) {
    kinds.add(a.buyerKind, BUYER_KIND_LABELS[a.buyerKind], 'agreements', 1);
    kinds.add(a.buyerKind, BUYER_KIND_LABELS[a.buyerKind], 'valueVnd', a.valueVnd);
    provinces.add(a.producerProvince, { vi: a.producerProvince, en: a.producerProvince }, 'agreements', 1);
    provinces.add(a.producerProvince, { vi: a.producerProvince, en: a.producerProvince }, 'valueVnd', a.valueVnd);
    // The value of an MOU over several groups is shared equally between them.
    const share = a.productGroups.length === 0 ? 0 : Math.round(a.valueVnd / a.productGroups.length);
    for (const g of a.productGroups) {
      groups.add(g, groupLabel(g), 'agreements', 1);
      groups.add(g, groupLabel(g), 'valueVnd', share);
    }
  }
  const requestCounts: Record<string, number> = { pending: 0, accepted: 0, declined: 0, cancelled: 0, expired: 0 };
  for (const r of requests) requestCounts[r.status] = (requestCounts[r.status] ?? 0) + 1;
  return {
    meetings: { scheduled: meetingList.length, held: held.length, noShow: meetingList.filter((m) => m.status === 'no-show').length },
    requests: requestCounts,
    agreements: { mou: agreements.filter((a) => a.kind === 'mou').length, contract: agreements.filter((a) => a.kind === 'contract').length, valueVnd: agreements.reduce((s, a) => s + a.valueVnd, 0) },
    frameworkAgreements: frameworks.length,
    byBuyerKind: kinds.rows(), byProvince: provinces.rows(), byProductGroup: groups.rows(),
  };
}
