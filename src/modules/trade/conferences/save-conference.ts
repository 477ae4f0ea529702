import { eq } from 'drizzle-orm';
import type { Database } from '../../../server/db/database.ts';
import { badRequest, conflict } from '../../../server/http/app-error.ts';
import { clock } from '../../../shared/time/clock.ts';
import type { Actor } from '../../audit/actor.ts';
import { changedFields } from '../../audit/changed-fields.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import type { ConferenceInput, ConferenceUpdate } from '../contract.ts';
import { canMoveConference, NEXT_CONFERENCE_STATUSES } from '../domain/conference-status.ts';
import { sessionProblems } from '../domain/slot-times.ts';
import type { B2BSession, ProgrammeItem } from '../domain/values.ts';
import { conferences } from '../tables.ts';
import { findConference } from './find-conference.ts';

type Values = Omit<typeof conferences.$inferInsert, 'id' | 'slug' | 'createdAt' | 'updatedAt'>;

function checkValues(values: Values): void {
  if (values.endsOn < values.startsOn) throw badRequest('bad_dates', { vi: 'Ngày kết thúc trước ngày bắt đầu', en: 'The conference ends before it starts' });
  if (values.registrationOpensOn && values.registrationClosesOn && values.registrationClosesOn < values.registrationOpensOn) {
    throw badRequest('bad_window', { vi: 'Hạn đăng ký kết thúc trước khi mở', en: 'Registration closes before it opens' });
  }
  const sessions = values.sessions ?? [];
  const problems = sessionProblems(sessions, values.startsOn, values.endsOn);
  const programme = (values.programme ?? []) as ProgrammeItem[];
  programme.forEach((item, i) => {
    if (item.endsAt <= item.startsAt) problems.push(`programme item ${i + 1} ends before it starts`);
    if (item.day < values.startsOn || item.day > values.endsOn) problems.push(`programme item ${i + 1} is outside the conference days`);
  });
  if (sessions.reduce((n, s) => n + s.slots, 0) > 200) problems.push('more than 200 slots');
  if (problems.length > 0) {
    throw badRequest('bad_sessions', { vi: `Chương trình hoặc phiên giao thương không hợp lệ: ${problems.join('; ')}`, en: `Programme or B2B sessions invalid: ${problems.join('; ')}` }, { problems });
  }
}

const slotCountOf = (sessions: readonly B2BSession[]) => sessions.reduce((n, s) => n + s.slots, 0);

export async function createConference(database: Database, actor: Actor, input: ConferenceInput): Promise<{ id: string; slug: string }> {
  const sessions = input.sessions ?? [];
  const values: Values = {
    nameVi: input.name.vi.trim(), nameEn: input.name.en.trim(), descriptionVi: input.description?.vi ?? '', descriptionEn: input.description?.en ?? '',
    venueVi: input.venue.vi, venueEn: input.venue.en, venueAddress: input.venueAddress ?? '', startsOn: input.startsOn, endsOn: input.endsOn,
    programme: input.programme ?? [], sessions, slotCount: slotCountOf(sessions), poolTables: input.poolTables ?? 0,
    registrationOpensOn: input.registrationOpensOn ?? null, registrationClosesOn: input.registrationClosesOn ?? null, requestsCloseOn: input.requestsCloseOn ?? null,
    requestExpiryHours: input.requestExpiryHours ?? 72, status: 'draft',
  };
  checkValues(values);
  return database.db.transaction(async (tx) => {
    const [row] = await tx.insert(conferences).values({ ...values, slug: input.slug }).returning({ id: conferences.id, slug: conferences.slug });
    if (!row) throw new Error('insert returned no row');
    await recordAudit(tx, actor, { action: 'conference.create', entity: 'conference', entityId: row.id, changes: { slug: input.slug, ...values } });
    return row;
  });
}

export async function updateConference(database: Database, actor: Actor, key: string, input: ConferenceUpdate): Promise<void> {
  await database.db.transaction(async (tx) => {
    const before = await findConference(tx, key, 'system', { lock: true });
    const sessions = input.sessions ?? before.sessions;
    const next: Values = {
      nameVi: input.name?.vi ?? before.nameVi, nameEn: input.name?.en ?? before.nameEn,
      descriptionVi: input.description?.vi ?? before.descriptionVi, descriptionEn: input.description?.en ?? before.descriptionEn,
      venueVi: input.venue?.vi ?? before.venueVi, venueEn: input.venue?.en ?? before.venueEn, venueAddress: input.venueAddress ?? before.venueAddress,
      startsOn: input.startsOn ?? before.startsOn, endsOn: input.endsOn ?? before.endsOn,
      programme: input.programme ?? before.programme, sessions, slotCount: slotCountOf(sessions), poolTables: input.poolTables ?? before.poolTables,
      registrationOpensOn: input.registrationOpensOn === undefined ? before.registrationOpensOn : input.registrationOpensOn,
      registrationClosesOn: input.registrationClosesOn === undefined ? before.registrationClosesOn : input.registrationClosesOn,
      requestsCloseOn: input.requestsCloseOn === undefined ? before.requestsCloseOn : input.requestsCloseOn,
      requestExpiryHours: input.requestExpiryHours ?? before.requestExpiryHours, status: input.status ?? before.status,
    };
    checkValues(next);
    const status = next.status ?? before.status;
    if (!canMoveConference(before.status, status)) {
      throw conflict('bad_status_change', {
        vi: `Không thể chuyển hội nghị từ "${before.status}" sang "${status}"`,
        en: `A conference cannot go from "${before.status}" to "${status}"`,
      }, { from: before.status, allowed: NEXT_CONFERENCE_STATUSES[before.status] });
    }
    // Slots already booked must still exist: shrinking the sessions under meetings is refused.
    if (input.sessions && next.slotCount !== before.slotCount && ['scheduled', 'running', 'closed'].includes(before.status)) {
      throw conflict('sessions_in_use', { vi: 'Không thể đổi số ca khi lịch gặp đã được xếp', en: 'The number of slots cannot change once meetings are scheduled' });
    }
    await tx.update(conferences).set({ ...next, updatedAt: clock.now() }).where(eq(conferences.id, before.id));
    await recordAudit(tx, actor, { action: 'conference.update', entity: 'conference', entityId: before.id, changes: changedFields(before, next) });
  });
}
