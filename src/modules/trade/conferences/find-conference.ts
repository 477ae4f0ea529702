import { and, count, eq } from 'drizzle-orm';
import type { Queryable } from '../../../server/db/database.ts';
import type { SignedInUser } from '../../../server/http/access.ts';
import { conflict, notFound } from '../../../server/http/app-error.ts';
import type { Localized } from '../../../shared/localized.ts';
import type { Conference } from '../contract.ts';
import { NEXT_CONFERENCE_STATUSES } from '../domain/conference-status.ts';
import { slotTimes } from '../domain/slot-times.ts';
import type { ConferenceStatus } from '../domain/values.ts';
import { isStaff } from '../trade-access.ts';
import { conferenceBuyers, conferenceProducers, conferences } from '../tables.ts';

export type ConferenceRow = typeof conferences.$inferSelect;

export const conferenceNotFound = () => notFound({ vi: 'Không tìm thấy hội nghị', en: 'Conference not found' });

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * A conference by id or slug; a draft exists only for staff (and the system: `viewer` 'system').
 * `lock` takes the row FOR UPDATE: actions that depend on the stage serialise with a change of it.
 */
export async function findConference(db: Queryable, key: string, viewer: SignedInUser | null | 'system', options: { lock?: boolean } = {}): Promise<ConferenceRow> {
  const query = db.select().from(conferences).where(UUID.test(key) ? eq(conferences.id, key) : eq(conferences.slug, key));
  const [row] = options.lock ? await query.for('update') : await query;
  if (!row || (row.status === 'draft' && viewer !== 'system' && !isStaff(viewer))) throw conferenceNotFound();
  return row;
}

const STATUS_WORDS: Record<ConferenceStatus, Localized> = {
  draft: { vi: 'bản nháp', en: 'draft' },
  registration: { vi: 'đang đăng ký', en: 'registration' },
  matching: { vi: 'đang kết nối', en: 'matching' },
  scheduled: { vi: 'đã xếp lịch', en: 'scheduled' },
  running: { vi: 'đang diễn ra', en: 'running' },
  closed: { vi: 'đã kết thúc', en: 'closed' },
};

/** Refuses an action the conference's stage does not allow (409 with the stage in the message). */
export function assertStage(row: ConferenceRow, allowed: readonly ConferenceStatus[], action: Localized): void {
  if (allowed.includes(row.status)) return;
  throw conflict('conference_stage', {
    vi: `Không thể ${action.vi} khi hội nghị ở giai đoạn "${STATUS_WORDS[row.status].vi}"`,
    en: `Cannot ${action.en} while the conference is in "${STATUS_WORDS[row.status].en}"`,
  }, { status: row.status, allowed });
}

export function toConference(row: ConferenceRow, counts: { producerCount: number; buyerCount: number }): Conference {
  return {
    id: row.id, slug: row.slug, name: { vi: row.nameVi, en: row.nameEn }, description: { vi: row.descriptionVi, en: row.descriptionEn },
    venue: { vi: row.venueVi, en: row.venueEn }, venueAddress: row.venueAddress, startsOn: row.startsOn, endsOn: row.endsOn,
    programme: row.programme, sessions: row.sessions, slots: slotTimes(row.sessions), poolTables: row.poolTables,
    registrationOpensOn: row.registrationOpensOn, registrationClosesOn: row.registrationClosesOn, requestsCloseOn: row.requestsCloseOn,
    requestExpiryHours: row.requestExpiryHours, status: row.status, nextStatuses: [...NEXT_CONFERENCE_STATUSES[row.status]], ...counts,
  };
}

export async function getConference(db: Queryable, row: ConferenceRow): Promise<Conference> {
  const [[producers], [buyers]] = await Promise.all([
    db.select({ n: count() }).from(conferenceProducers).where(eq(conferenceProducers.conferenceId, row.id)),
    db.select({ n: count() }).from(conferenceBuyers).where(and(eq(conferenceBuyers.conferenceId, row.id))),
  ]);
  return toConference(row, { producerCount: producers?.n ?? 0, buyerCount: buyers?.n ?? 0 });
}
