import { InstanceValidationError, type ValidationReport as SolverValidationReport } from '../../../shared/solver/instance-validation.ts';

export { InstanceValidationError };
/** Structural problems and lock problems together; lock problems carry `lock`. */
export type ValidationReport = SolverValidationReport<ValidationIssue>;
import type { AllocationInstance, ValidationIssue } from './types.ts';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isNonEmptyString = (value: unknown): value is string => typeof value === 'string' && value.length > 0;

/**
 * Checks an untrusted value against the documented JSON form, then checks that
 * every organiser lock obeys the hard rules and that no two locks share a stall.
 * It never throws; a value with no errors is a well-formed AllocationInstance.
 */
export function validateInstance(input: unknown): ValidationReport {
  const errors: ValidationIssue[] = [];
  const add = (path: string, message: string): void => {
    errors.push({ path, message });
  };
  if (!isObject(input)) {
    add('', 'the instance must be a JSON object');
    return { valid: false, errors };
  }
  const { stalls, applications, locked, sameCategoryPenalty } = input;
  if (typeof sameCategoryPenalty !== 'number' || !Number.isFinite(sameCategoryPenalty) || sameCategoryPenalty < 0) {
    add('/sameCategoryPenalty', 'must be a finite number ≥ 0');
  }
  const stallIds = validateStalls(stalls, add);
  const appSizes = validateApplications(applications, add);
  if (locked !== undefined && !isObject(locked)) add('/locked', 'must be an object mapping application ids to stall id arrays');
  if (errors.length > 0) return { valid: false, errors };

  // The structure is sound from here on, so the typed view is safe to use.
  const instance = input as unknown as AllocationInstance;
  errors.push(...validateLocks(instance, stallIds, appSizes));
  return { valid: errors.length === 0, errors };
}

function validateStalls(stalls: unknown, add: (path: string, message: string) => void): Set<string> {
  const ids = new Set<string>();
  if (!Array.isArray(stalls)) {
    add('/stalls', 'must be an array');
    return ids;
  }
  stalls.forEach((stall: unknown, i) => {
    const at = `/stalls/${i}`;
    if (!isObject(stall)) return add(at, 'must be an object');
    if (!isNonEmptyString(stall.id)) add(`${at}/id`, 'must be a non-empty string');
    else if (ids.has(stall.id)) add(`${at}/id`, `duplicate stall id "${stall.id}"`);
    else ids.add(stall.id);
    if (!isNonEmptyString(stall.zone)) add(`${at}/zone`, 'must be a non-empty string');
    for (const flag of ['power', 'water', 'blocked'] as const) {
      if (typeof stall[flag] !== 'boolean') add(`${at}/${flag}`, 'must be a boolean');
    }
    if (!Array.isArray(stall.neighbours)) add(`${at}/neighbours`, 'must be an array of stall ids');
  });
  // Neighbour ids can only be checked once every stall id is known.
  stalls.forEach((stall: unknown, i) => {
    if (!isObject(stall) || !Array.isArray(stall.neighbours)) return;
    stall.neighbours.forEach((neighbour: unknown, j) => {
      const at = `/stalls/${i}/neighbours/${j}`;
      if (typeof neighbour !== 'string') add(at, 'must be a stall id string');
      else if (!ids.has(neighbour)) add(at, `unknown stall id "${neighbour}"`);
      else if (neighbour === stall.id) add(at, 'a stall cannot be its own neighbour');
    });
  });
  return ids;
}

function validateApplications(applications: unknown, add: (path: string, message: string) => void): Map<string, number> {
  const sizes = new Map<string, number>();
  if (!Array.isArray(applications)) {
    add('/applications', 'must be an array');
    return sizes;
  }
  applications.forEach((app: unknown, i) => {
    const at = `/applications/${i}`;
    if (!isObject(app)) return add(at, 'must be an object');
    const size = app.stalls;
    if (size !== 1 && size !== 2) add(`${at}/stalls`, `must be 1 or 2, got ${JSON.stringify(size)}`);
    if (!isNonEmptyString(app.id)) add(`${at}/id`, 'must be a non-empty string');
    else if (sizes.has(app.id)) add(`${at}/id`, `duplicate application id "${app.id}"`);
    else sizes.set(app.id, size === 2 ? 2 : 1);
    if (!isObject(app.zones)) add(`${at}/zones`, 'must be an object mapping zone names to weights');
    else {
      for (const [zone, weight] of Object.entries(app.zones)) {
        if (typeof weight !== 'number' || !Number.isFinite(weight)) add(`${at}/zones/${zone}`, 'weight must be a finite number');
      }
    }
    for (const flag of ['needsPower', 'needsWater'] as const) {
      if (typeof app[flag] !== 'boolean') add(`${at}/${flag}`, 'must be a boolean');
    }
    if (!isNonEmptyString(app.category)) add(`${at}/category`, 'must be a non-empty string');
  });
  return sizes;
}

/**
 * Each lock must itself satisfy every hard rule. Locks that do are then checked
 * against each other: two sharing a stall conflict, and both are reported (a
 * lock that is already broken does not also count as a conflict for others).
 */
function validateLocks(instance: AllocationInstance, stallIds: Set<string>, appSizes: Map<string, number>): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const stallById = new Map(instance.stalls.map((s) => [s.id, s]));
  const appById = new Map(instance.applications.map((a) => [a.id, a]));
  const adjacent = (a: string, b: string): boolean =>
    (stallById.get(a)?.neighbours.includes(b) ?? false) || (stallById.get(b)?.neighbours.includes(a) ?? false);
  const sound: [string, string[]][] = [];
  for (const [appId, lockedStalls] of Object.entries(instance.locked ?? {})) {
    const before = issues.length;
    const add = (message: string): void => {
      issues.push({ path: `/locked/${appId}`, message, lock: { applicationId: appId } });
    };
    const app = appById.get(appId);
    if (app === undefined || !appSizes.has(appId)) {
      add(`unknown application id "${appId}"`);
      continue;
    }
    if (!Array.isArray(lockedStalls) || !lockedStalls.every((s: unknown) => typeof s === 'string')) {
      add('must be an array of stall ids');
      continue;
    }
    if (lockedStalls.length === 0) continue; // locked out: always consistent
    const unknown = lockedStalls.filter((s) => !stallIds.has(s));
    if (unknown.length > 0) {
      add(`unknown stall id(s) ${unknown.map((s) => `"${s}"`).join(', ')}`);
      continue;
    }
    if (lockedStalls.length !== app.stalls) add(`application "${appId}" needs ${app.stalls} stall(s) but is locked to ${lockedStalls.length}`);
    if (new Set(lockedStalls).size !== lockedStalls.length) add('the same stall is listed twice');
    for (const stallId of lockedStalls) {
      const stall = stallById.get(stallId);
      if (stall === undefined) continue;
      if (stall.blocked) add(`stall "${stallId}" is blocked`);
      if (app.zones[stall.zone] === undefined) add(`stall "${stallId}" is in zone "${stall.zone}", which the application does not allow`);
      if (app.needsPower && !stall.power) add(`stall "${stallId}" has no power but the application needs it`);
      if (app.needsWater && !stall.water) add(`stall "${stallId}" has no water but the application needs it`);
    }
    const [first, second] = lockedStalls;
    if (lockedStalls.length === 2 && first !== undefined && second !== undefined && first !== second) {
      if (stallById.get(first)?.zone !== stallById.get(second)?.zone) add('the two stalls are in different zones');
      if (!adjacent(first, second)) add(`stalls "${first}" and "${second}" are not neighbours`);
    }
    if (issues.length === before) sound.push([appId, lockedStalls]);
  }
  const holders = new Map<string, string[]>();
  for (const [appId, lockedStalls] of sound) {
    for (const stallId of lockedStalls) holders.set(stallId, [...(holders.get(stallId) ?? []), appId]);
  }
  for (const [stallId, appIds] of holders) {
    if (appIds.length < 2) continue;
    for (const appId of appIds) {
      const others = appIds.filter((other) => other !== appId).map((other) => `"${other}"`).join(', ');
      issues.push({ path: `/locked/${appId}`, message: `stall "${stallId}" is also locked to application ${others}`, lock: { applicationId: appId } });
    }
  }
  return issues;
}

/** Validates and narrows, throwing InstanceValidationError with every problem found. */
export function assertValidInstance(input: unknown): asserts input is AllocationInstance {
  const report = validateInstance(input);
  if (!report.valid) throw new InstanceValidationError('allocation', report.errors);
}
