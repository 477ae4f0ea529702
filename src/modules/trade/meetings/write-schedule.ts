import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../../server/db/database.ts';
import { conflict } from '../../../server/http/app-error.ts';
import type { Localized } from '../../../shared/localized.ts';
import type { Actor } from '../../audit/actor.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import type { ScheduleReport } from '../contract.ts';
import { assertStage, findConference } from '../conferences/find-conference.ts';
import { SCHEDULING_OPEN } from '../domain/conference-status.ts';
import { listParticipants } from '../participants/list-participants.ts';
import type { B2BResult, UnplacedReason } from '../scheduling/types.ts';
import { meetings } from '../tables.ts';
import { poolTableCode } from './book-meeting.ts';
import { conferenceInstance, pairKey, type ConferenceInstance } from './conference-instance.ts';

export const UNPLACED_TEXT: Record<UnplacedReason, Localized> = {
  'no-common-slot': { vi: 'Hai bên không có ca nào cùng tham dự', en: 'The two never attend the same slot' },
  'taken-by-locked': { vi: 'Các ca chung đã bị lịch gặp cố định chiếm', en: 'Every common slot is held by a locked meeting' },
  'seller-fully-booked': { vi: 'Chủ thể đã kín lịch trong mọi ca chung', en: 'The producer is booked in every common slot' },
  'buyer-fully-booked': { vi: 'Bên mua đã kín lịch trong mọi ca chung', en: 'The buyer is booked in every common slot' },
  'no-free-table': { vi: 'Hết bàn chung trong các ca hai bên cùng rảnh', en: 'No shared table is free when both are' },
  outweighed: { vi: 'Các ca chung dành cho những cuộc gặp ưu tiên cao hơn', en: 'The common slots went to meetings worth more' },
};

export const changedMeanwhile = () => conflict('changed_meanwhile', { vi: 'Dữ liệu đã thay đổi trong lúc xếp lịch, hãy chạy lại', en: 'Requests or meetings changed while scheduling: run it again' });

/**
 * Writes a scheduler's answer, in the caller's transaction: the conference is locked, its stage
 * checked again, and the instance read again — anything that changed since `read` (a request
 * accepted, a meeting placed by hand) refuses the write rather than overwrite it. Kept meetings
 * stay; the others are replaced; one audit row. `run` names the schedule run it came from.
 */
export async function writeSchedule(tx: Tx, actor: Actor, conferenceId: string, read: ConferenceInstance, result: B2BResult, run?: string): Promise<ScheduleReport> {
  const locked = await findConference(tx, conferenceId, 'system', { lock: true });
  assertStage(locked, SCHEDULING_OPEN, { vi: 'xếp lịch', en: 'schedule' });
  const again = await conferenceInstance(tx, locked);
  if (JSON.stringify(again.instance) !== JSON.stringify(read.instance)) throw changedMeanwhile();
  const keptIds = again.keptMeetings.map((m) => m.id);
  const kept = new Set(again.keptMeetings.map((m) => pairKey(m.producerEntryId, m.buyerEntryId)));
  const toRemove = (await tx.select({ id: meetings.id }).from(meetings).where(eq(meetings.conferenceId, locked.id))).map((r) => r.id).filter((id) => !keptIds.includes(id));
  if (toRemove.length > 0) await tx.delete(meetings).where(and(eq(meetings.conferenceId, locked.id), inArray(meetings.id, toRemove)));
  // Pool tables by slot: kept meetings hold theirs; the others get the scheduler's table where free.
  const usedTables = new Map<number, Set<string>>();
  const use = (slot: number, code: string) => (usedTables.get(slot) ?? usedTables.set(slot, new Set()).get(slot)!).add(code);
  for (const m of again.keptMeetings) use(m.slot, m.tableCode);
  const rows = [];
  for (const m of result.meetings) {
    if (kept.has(pairKey(m.seller, m.buyer))) continue;
    let code = again.tableOf.get(m.buyer) ?? null;
    if (!code) {
      const taken = usedTables.get(m.slot) ?? new Set<string>();
      const preferred = poolTableCode(m.poolTable ?? 0);
      code = !taken.has(preferred) ? preferred : Array.from({ length: locked.poolTables }, (_, i) => poolTableCode(i)).find((c) => !taken.has(c)) ?? preferred;
    }
    use(m.slot, code);
    rows.push({
      conferenceId: locked.id, producerEntryId: m.seller, buyerEntryId: m.buyer, requestId: again.requestOf.get(pairKey(m.seller, m.buyer)) ?? null,
      slot: m.slot, tableCode: code, weight: Math.min(5, Math.max(1, Math.round(m.weight))), locked: false, source: 'schedule' as const,
    });
  }
  for (let i = 0; i < rows.length; i += 500) await tx.insert(meetings).values(rows.slice(i, i + 500));
  await recordAudit(tx, actor, {
    action: 'conference.schedule', entity: 'conference', entityId: locked.id,
    changes: {
      ...(run === undefined ? {} : { run }), value: result.value, bound: result.bound, endedBy: result.stats.endedBy,
      meetings: result.meetings.length, moved: result.changes?.moved.length ?? 0, dropped: result.changes?.dropped.length ?? 0,
    },
  });
  return scheduleReport(result, read, await listParticipants(tx, locked.id));
}

function scheduleReport(result: B2BResult, read: ConferenceInstance, participants: Awaited<ReturnType<typeof listParticipants>>): ScheduleReport {
  const producerName = new Map(participants.producers.map((p) => [p.id, p.name]));
  const buyerName = new Map(participants.buyers.map((b) => [b.id, b.organisation.name]));
  return {
    value: result.value, bound: result.bound, gap: result.gap, status: result.status, endedBy: result.stats.endedBy,
    timeMs: result.stats.timeMs, timeLimitHit: result.stats.timeLimitHit, placed: result.meetings.length, baselineValue: result.stats.baselineValue,
    unplaced: result.unplaced.map((u) => ({
      requestId: read.requestOf.get(pairKey(u.seller, u.buyer)) ?? '00000000-0000-0000-0000-000000000000',
      producerName: producerName.get(u.seller) ?? u.seller, buyerName: buyerName.get(u.buyer) ?? u.buyer, reason: u.reason, text: UNPLACED_TEXT[u.reason],
    })),
    moved: result.changes?.moved.length ?? 0, kept: result.changes?.kept ?? 0, added: result.changes?.added ?? 0, dropped: result.changes?.dropped.length ?? 0,
  };
}
