import type { Problem } from './prepare-problem.ts';
import type { ScheduleState } from './schedule-state.ts';
import type { B2BInstance, Meeting, ScheduleChanges, ScheduledMeeting, UnplacedRequest } from './types.ts';
import { explainUnplaced } from './unplaced-reasons.ts';
import { pairKey } from './validate-instance.ts';

/**
 * The schedule in the instance's ids: meetings (locked ones included) by slot
 * then buyer, pool tables numbered so that a buyer keeps its table from one slot
 * to the next where it can, the reasons of the pairs left out, and — against
 * `previous` — what stayed, moved, went and came.
 */
export function describeSchedule(instance: B2BInstance, problem: Problem, state: ScheduleState): {
  meetings: ScheduledMeeting[];
  unplaced: UnplacedRequest[];
  changes?: ScheduleChanges;
} {
  const rows: Array<{ seller: number; buyer: number; slot: number; weight: number; locked: boolean }> = [];
  for (let p = 0; p < problem.pairCount; p++) {
    const slot = state.slotOf[p] ?? -1;
    if (slot >= 0) rows.push({ seller: problem.pairSeller[p] ?? 0, buyer: problem.pairBuyer[p] ?? 0, slot, weight: problem.pairWeight[p] ?? 0, locked: false });
  }
  for (const m of problem.locked) rows.push({ ...m, locked: true });
  rows.sort((a, b) => a.slot - b.slot || a.buyer - b.buyer || a.seller - b.seller);

  // Pool tables: slot by slot, a buyer first asks for the table it had last.
  const tablesAt = (t: number): number => (Array.isArray(instance.poolTables) ? (instance.poolTables[t] ?? 0) : (instance.poolTables ?? 0));
  const lastTable = new Map<number, number>();
  const meetings: ScheduledMeeting[] = [];
  let slot = -1;
  let taken = new Set<number>();
  const pending: Array<{ index: number; buyer: number }> = [];
  const seatPending = (): void => {
    for (const { index, buyer } of pending) {
      const wanted = lastTable.get(buyer);
      let table = wanted !== undefined && wanted < tablesAt(slot) && !taken.has(wanted) ? wanted : 0;
      while (taken.has(table)) table++;
      taken.add(table);
      lastTable.set(buyer, table);
      const meeting = meetings[index];
      if (meeting !== undefined) meeting.poolTable = table;
    }
    pending.length = 0;
  };
  for (const row of rows) {
    if (row.slot !== slot) {
      seatPending();
      slot = row.slot;
      taken = new Set();
    }
    const meeting: ScheduledMeeting = {
      seller: problem.sellerIds[row.seller] ?? '',
      buyer: problem.buyerIds[row.buyer] ?? '',
      slot: row.slot,
      weight: row.weight,
      ...(row.locked ? { locked: true as const } : {}),
    };
    meetings.push(meeting);
    if (problem.buyerPool[row.buyer] === 1) {
      // Buyers who had a table ask first, so a newcomer cannot take it from them.
      if (lastTable.has(row.buyer)) pending.unshift({ index: meetings.length - 1, buyer: row.buyer });
      else pending.push({ index: meetings.length - 1, buyer: row.buyer });
    }
  }
  seatPending();

  const unplaced = explainUnplaced(problem, state);
  if (instance.previous === undefined) return { meetings, unplaced };
  return { meetings, unplaced, changes: compareWithPrevious(instance.previous, meetings) };
}

function compareWithPrevious(previous: readonly Meeting[], meetings: readonly Meeting[]): ScheduleChanges {
  const now = new Map(meetings.map((m) => [pairKey(m.seller, m.buyer), m.slot]));
  const before = new Set(previous.map((m) => pairKey(m.seller, m.buyer)));
  const changes: ScheduleChanges = { kept: 0, moved: [], dropped: [], added: 0 };
  for (const m of previous) {
    const slot = now.get(pairKey(m.seller, m.buyer));
    if (slot === undefined) changes.dropped.push({ seller: m.seller, buyer: m.buyer, slot: m.slot });
    else if (slot === m.slot) changes.kept++;
    else changes.moved.push({ seller: m.seller, buyer: m.buyer, from: m.slot, to: slot });
  }
  for (const m of meetings) if (!before.has(pairKey(m.seller, m.buyer))) changes.added++;
  return changes;
}
