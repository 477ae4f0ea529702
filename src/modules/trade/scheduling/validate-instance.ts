import { InstanceValidationError, type ValidationReport } from '../../../shared/solver/instance-validation.ts';

export { InstanceValidationError, type ValidationReport };
import type { B2BInstance, ValidationIssue } from './types.ts';

/** Limits that keep one instance within what a conference can be and what memory holds. */
export const LIMITS = { slots: 200, participants: 20_000, requests: 500_000, weight: 1_000_000 } as const;

type Json = Record<string, unknown>;
type Add = (path: string, message: string) => void;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const isId = (value: unknown): value is string => typeof value === 'string' && value.length > 0 && value.length <= 200;
const isSlot = (value: unknown, slots: number): value is number => Number.isInteger(value) && (value as number) >= 0 && (value as number) < slots;
/** Error lists stop growing here: a million broken rows need not produce a million messages. */
const MAX_ERRORS = 200;

/**
 * Checks an untrusted value against the documented JSON form (README.md), then
 * the locked meetings against the rules and each other. Never throws; a value
 * without errors is a well-formed B2BInstance.
 */
export function validateInstance(input: unknown): ValidationReport {
  const errors: ValidationIssue[] = [];
  const add: Add = (path, message) => {
    if (errors.length < MAX_ERRORS) errors.push({ path, message });
  };
  if (!isObject(input)) {
    add('', 'the instance must be a JSON object');
    return { valid: false, errors };
  }
  const { slots } = input;
  const slotsValid = Number.isInteger(slots) && (slots as number) >= 1 && (slots as number) <= LIMITS.slots;
  if (!slotsValid) add('/slots', `must be a whole number of slots from 1 to ${LIMITS.slots}`);
  // Without a valid slot count the rest is still checked, against the largest one allowed.
  const slotCount = slotsValid ? (slots as number) : LIMITS.slots;
  const sellers = validateParticipants(input.sellers, '/sellers', slotCount, add, false);
  const buyers = validateParticipants(input.buyers, '/buyers', slotCount, add, true);
  validateRequests(input.requests, sellers, buyers, add);
  validatePool(input.poolTables, slotCount, add);
  for (const key of ['locked', 'previous'] as const) validateMeetingList(input[key], `/${key}`, add);
  if (errors.length > 0) return { valid: false, errors };
  errors.push(...validateLocks(input as unknown as B2BInstance));
  return { valid: errors.length === 0, errors };
}

function validateParticipants(list: unknown, at: string, slots: number, add: Add, buyer: boolean): Map<string, Set<number>> {
  const available = new Map<string, Set<number>>();
  if (!Array.isArray(list)) {
    add(at, 'must be an array');
    return available;
  }
  if (list.length > LIMITS.participants) add(at, `at most ${LIMITS.participants} participants`);
  list.forEach((item: unknown, i) => {
    const path = `${at}/${i}`;
    if (!isObject(item)) return add(path, 'must be an object');
    const slotsOf = new Set<number>();
    if (!Array.isArray(item.available)) add(`${path}/available`, 'must be an array of slot numbers');
    else {
      item.available.forEach((slot: unknown, j) => {
        if (!isSlot(slot, slots)) add(`${path}/available/${j}`, `must be a slot from 0 to ${slots - 1}`);
        else if (slotsOf.has(slot)) add(`${path}/available/${j}`, `slot ${slot} is listed twice`);
        else slotsOf.add(slot);
      });
    }
    if (buyer && item.table !== undefined && item.table !== 'own' && item.table !== 'pool') add(`${path}/table`, 'must be "own" or "pool"');
    if (!isId(item.id)) add(`${path}/id`, 'must be a non-empty string (at most 200 characters)');
    else if (available.has(item.id)) add(`${path}/id`, `duplicate id "${item.id}"`);
    else available.set(item.id, slotsOf);
  });
  return available;
}

function validateRequests(list: unknown, sellers: Map<string, unknown>, buyers: Map<string, unknown>, add: Add): void {
  if (!Array.isArray(list)) return add('/requests', 'must be an array');
  if (list.length > LIMITS.requests) return add('/requests', `at most ${LIMITS.requests} requests`);
  list.forEach((request: unknown, i) => {
    const path = `/requests/${i}`;
    if (!isObject(request)) return add(path, 'must be an object');
    if (!isId(request.seller)) add(`${path}/seller`, 'must be a seller id');
    else if (!sellers.has(request.seller)) add(`${path}/seller`, `unknown seller "${request.seller}"`);
    if (!isId(request.buyer)) add(`${path}/buyer`, 'must be a buyer id');
    else if (!buyers.has(request.buyer)) add(`${path}/buyer`, `unknown buyer "${request.buyer}"`);
    const { weight } = request;
    if (typeof weight !== 'number' || !Number.isFinite(weight) || weight < 1 || weight > LIMITS.weight) {
      add(`${path}/weight`, `must be a number from 1 to ${LIMITS.weight}`);
    }
  });
}

function validatePool(pool: unknown, slots: number, add: Add): void {
  if (pool === undefined) return;
  const ok = (n: unknown): boolean => Number.isInteger(n) && (n as number) >= 0 && (n as number) <= LIMITS.participants;
  if (Array.isArray(pool)) {
    if (pool.length !== slots) add('/poolTables', `must list one number per slot (${slots}), got ${pool.length}`);
    pool.forEach((n: unknown, t) => {
      if (!ok(n)) add(`/poolTables/${t}`, 'must be a whole number ≥ 0');
    });
  } else if (!ok(pool)) add('/poolTables', 'must be a whole number ≥ 0 or an array of them, one per slot');
}

function validateMeetingList(list: unknown, at: string, add: Add): void {
  if (list === undefined) return;
  if (!Array.isArray(list)) return add(at, 'must be an array of meetings {seller, buyer, slot}');
  list.forEach((m: unknown, i) => {
    const path = `${at}/${i}`;
    if (!isObject(m)) return add(path, 'must be an object {seller, buyer, slot}');
    if (!isId(m.seller)) add(`${path}/seller`, 'must be a seller id');
    if (!isId(m.buyer)) add(`${path}/buyer`, 'must be a buyer id');
    if (!Number.isInteger(m.slot) || (m.slot as number) < 0) add(`${path}/slot`, 'must be a slot number ≥ 0');
  });
}

/**
 * A locked meeting must be possible on its own (known participants who both attend
 * its slot, a request of the pair) and with the other locks (one meeting per
 * participant per slot, one per pair, pool tables enough). An organizer's lock that
 * cannot hold is a mistake to fix, so it is reported rather than dropped.
 */
function validateLocks(instance: B2BInstance): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const locked = instance.locked ?? [];
  if (locked.length === 0) return issues;
  const sellers = new Map(instance.sellers.map((s) => [s.id, new Set(s.available)]));
  const buyers = new Map(instance.buyers.map((b) => [b.id, { available: new Set(b.available), pool: b.table === 'pool' }]));
  const requested = new Set(instance.requests.map((r) => pairKey(r.seller, r.buyer)));
  const holders = new Map<string, number>();
  const poolUse = new Map<number, number>();
  locked.forEach((m, i) => {
    const path = `/locked/${i}`;
    const before = issues.length;
    const report = (message: string): void => {
      issues.push({ path, message });
    };
    const seller = sellers.get(m.seller);
    const buyer = buyers.get(m.buyer);
    if (seller === undefined) report(`unknown seller "${m.seller}"`);
    if (buyer === undefined) report(`unknown buyer "${m.buyer}"`);
    if (m.slot >= instance.slots) report(`slot ${m.slot} does not exist (slots 0 to ${instance.slots - 1})`);
    if (issues.length > before) return;
    if (!seller?.has(m.slot)) report(`seller "${m.seller}" does not attend slot ${m.slot}`);
    if (!buyer?.available.has(m.slot)) report(`buyer "${m.buyer}" does not attend slot ${m.slot}`);
    if (!requested.has(pairKey(m.seller, m.buyer))) report(`no request between "${m.seller}" and "${m.buyer}"`);
    // A lock already broken on its own does not also count as a clash for the others.
    if (issues.length > before) return;
    for (const [key, what] of [
      [`s:${m.seller}:${m.slot}`, `seller "${m.seller}" already has a locked meeting in slot ${m.slot}`],
      [`b:${m.buyer}:${m.slot}`, `buyer "${m.buyer}" already has a locked meeting in slot ${m.slot}`],
      [`p:${pairKey(m.seller, m.buyer)}`, `the pair "${m.seller}"–"${m.buyer}" is locked twice`],
    ] as const) {
      const other = holders.get(key);
      if (other !== undefined) report(`${what} (/locked/${other})`);
      else holders.set(key, i);
    }
    if (buyer?.pool === true) poolUse.set(m.slot, (poolUse.get(m.slot) ?? 0) + 1);
  });
  for (const [slot, used] of poolUse) {
    const capacity = Array.isArray(instance.poolTables) ? (instance.poolTables[slot] ?? 0) : (instance.poolTables ?? 0);
    if (used > capacity) issues.push({ path: '/locked', message: `${used} locked pool meetings in slot ${slot}, but the pool has ${capacity} table(s)` });
  }
  return issues;
}

export const pairKey = (seller: string, buyer: string): string => `${seller}\u0000${buyer}`;
