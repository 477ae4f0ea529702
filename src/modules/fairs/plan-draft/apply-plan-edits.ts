import type { PlanEdit, StallShape, StallUpdate } from '../contract.ts';

/** The fields of a stall an edit may change (everything but its code). */
type Editable = Required<Omit<StallShape, 'code'>>;
const FIELDS = ['zone', 'x', 'y', 'width', 'depth', 'corner', 'power', 'water', 'sizeClass', 'blocked', 'service'] as const satisfies readonly (keyof Editable)[];

/** The plan once the edits are made, in order; an edit of a stall no longer there is left out (returned). */
export function applyPlanEdits<T extends { id: string } & StallShape>(stalls: readonly T[], edits: readonly PlanEdit[]): { stalls: T[]; missing: PlanEdit[] } {
  const byId = new Map(stalls.map((s) => [s.id, s]));
  const missing: PlanEdit[] = [];
  for (const edit of edits) {
    const stall = byId.get(edit.stall);
    if (stall === undefined) missing.push(edit);
    else byId.set(edit.stall, { ...stall, ...edit.after });
  }
  return { stalls: stalls.map((s) => byId.get(s.id) ?? s), missing };
}

/** The edit that `change` makes to `stall`: only the fields that really change, with their values before. Null when none does. */
export function planEdit(stall: { id: string } & StallShape, change: StallUpdate): PlanEdit | null {
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  for (const field of FIELDS) {
    const next = change[field];
    if (next === undefined) continue;
    const current = stall[field] ?? null;
    if (current === next) continue;
    before[field] = current;
    after[field] = next;
  }
  if (Object.keys(after).length === 0) return null;
  return { stall: stall.id, code: stall.code, before: before as StallUpdate, after: after as StallUpdate };
}

/** Per stall, the fields the edits change from the stalls as they are (for the write and its audit row). */
export function netChanges<T extends { id: string } & StallShape>(live: readonly T[], edited: readonly T[]): { before: T; after: T; change: StallUpdate }[] {
  const liveById = new Map(live.map((s) => [s.id, s]));
  const result = [];
  for (const after of edited) {
    const before = liveById.get(after.id);
    if (before === undefined) continue;
    const change: Record<string, unknown> = {};
    for (const field of FIELDS) if ((before[field] ?? null) !== (after[field] ?? null)) change[field] = after[field] ?? null;
    if (Object.keys(change).length > 0) result.push({ before, after, change: change as StallUpdate });
  }
  return result;
}
