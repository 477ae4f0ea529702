import type { AllocationInstance, Assignments, Evaluation, Violation } from './types.ts';

/**
 * Checks every hard rule of an assignment and recomputes its objective from
 * scratch. Deliberately independent of the solver's internal data structures,
 * so tests and callers get a second opinion rather than the solver's own.
 * An empty stall list means "not placed", like an absent entry.
 */
export function evaluateAssignment(instance: AllocationInstance, assignments: Assignments): Evaluation {
  const violations: Violation[] = [];
  const stallById = new Map(instance.stalls.map((s) => [s.id, s]));
  const appById = new Map(instance.applications.map((a) => [a.id, a]));
  const adjacent = new Set<string>();
  for (const stall of instance.stalls) {
    for (const n of stall.neighbours) {
      adjacent.add(`${stall.id}\u0000${n}`);
      adjacent.add(`${n}\u0000${stall.id}`);
    }
  }
  const holder = new Map<string, string>();
  let weightSum = 0;
  let placed = 0;

  for (const [appId, stallIds] of Object.entries(assignments)) {
    if (stallIds.length === 0) continue;
    const app = appById.get(appId);
    if (app === undefined) {
      violations.push({ code: 'unknown-application', message: `unknown application "${appId}"`, applicationId: appId });
      continue;
    }
    placed++;
    const v = (code: Violation['code'], message: string, stallId?: string): void => {
      violations.push({ code, message, applicationId: appId, ...(stallId === undefined ? {} : { stallId }) });
    };
    if (stallIds.length !== app.stalls) v('wrong-stall-count', `"${appId}" needs ${app.stalls} stall(s), got ${stallIds.length}`);
    if (new Set(stallIds).size !== stallIds.length) v('duplicate-stall-in-assignment', `"${appId}" lists a stall twice`);
    for (const stallId of new Set(stallIds)) {
      const stall = stallById.get(stallId);
      if (stall === undefined) {
        v('unknown-stall', `unknown stall "${stallId}"`, stallId);
        continue;
      }
      const other = holder.get(stallId);
      if (other !== undefined) v('stall-taken-twice', `stall "${stallId}" is given to "${other}" and "${appId}"`, stallId);
      else holder.set(stallId, appId);
      if (stall.blocked) v('blocked-stall', `stall "${stallId}" is blocked`, stallId);
      if (app.zones[stall.zone] === undefined) v('zone-not-allowed', `zone "${stall.zone}" of "${stallId}" is not allowed for "${appId}"`, stallId);
      if (app.needsPower && !stall.power) v('no-power', `"${appId}" needs power, "${stallId}" has none`, stallId);
      if (app.needsWater && !stall.water) v('no-water', `"${appId}" needs water, "${stallId}" has none`, stallId);
    }
    const [first, second] = stallIds;
    const firstStall = first === undefined ? undefined : stallById.get(first);
    if (stallIds.length === 2 && first !== undefined && second !== undefined) {
      const secondStall = stallById.get(second);
      if (firstStall !== undefined && secondStall !== undefined) {
        if (firstStall.zone !== secondStall.zone) v('zones-differ', `"${first}" and "${second}" are in different zones`);
        if (!adjacent.has(`${first}\u0000${second}`)) v('stalls-not-adjacent', `"${first}" and "${second}" are not neighbours`);
      }
    }
    // The weight is that of the (first) stall's zone; an unknown zone earns nothing.
    if (firstStall !== undefined) weightSum += app.zones[firstStall.zone] ?? 0;
  }

  for (const [appId, lockedStalls] of Object.entries(instance.locked ?? {})) {
    const got = assignments[appId] ?? [];
    const same = got.length === lockedStalls.length && lockedStalls.every((s) => got.includes(s));
    if (!same) {
      violations.push({
        code: 'lock-not-kept',
        message: `"${appId}" is locked to [${lockedStalls.join(', ')}] but got [${got.join(', ')}]`,
        applicationId: appId,
      });
    }
  }

  const penalisedPairs = countPenalisedPairs(instance, holder, appById);
  return {
    feasible: violations.length === 0,
    violations,
    objective: weightSum - instance.sameCategoryPenalty * penalisedPairs,
    weightSum,
    penalisedPairs,
    placed,
  };
}

function countPenalisedPairs(
  instance: AllocationInstance,
  holder: ReadonlyMap<string, string>,
  appById: ReadonlyMap<string, { category: string }>,
): number {
  const seen = new Set<string>();
  let count = 0;
  for (const stall of instance.stalls) {
    for (const n of stall.neighbours) {
      if (n === stall.id) continue;
      const key = stall.id < n ? `${stall.id}\u0000${n}` : `${n}\u0000${stall.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const a = holder.get(stall.id);
      const b = holder.get(n);
      if (a === undefined || b === undefined || a === b) continue;
      if (appById.get(a)?.category === appById.get(b)?.category) count++;
    }
  }
  return count;
}
