import { InstanceValidationError, type ValidationReport } from '../../../shared/solver/instance-validation.ts';

export { InstanceValidationError, type ValidationReport };
import type { RouteInstance, ValidationIssue } from './types.ts';

/** Limits that keep one instance within a day's trip and what memory holds. */
export const LIMITS = { places: 500, minute: 2880, travel: 2880, value: 1_000_000 } as const;
const MAX_ERRORS = 200;

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isMinute = (v: unknown, max: number = LIMITS.minute): v is number => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= max;
const isId = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= 200;

/** Checks an untrusted value against the JSON form (README.md). Never throws; no errors means a well-formed RouteInstance. */
export function validateInstance(input: unknown): ValidationReport {
  const errors: ValidationIssue[] = [];
  const add = (path: string, message: string): void => {
    if (errors.length < MAX_ERRORS) errors.push({ path, message });
  };
  if (!isObject(input)) {
    add('', 'the instance must be a JSON object');
    return { valid: false, errors };
  }
  if (!isMinute(input.dayStart)) add('/dayStart', `must be a whole minute from 0 to ${LIMITS.minute}`);
  if (!isMinute(input.dayEnd)) add('/dayEnd', `must be a whole minute from 0 to ${LIMITS.minute}`);
  else if (isMinute(input.dayStart) && input.dayEnd < input.dayStart) add('/dayEnd', 'must not be before dayStart');
  const nodeIndex = new Map<string, number>();
  if (!Array.isArray(input.nodes)) add('/nodes', 'must be an array of node ids');
  else {
    if (input.nodes.length > LIMITS.places + 2) add('/nodes', `at most ${LIMITS.places + 2} nodes`);
    input.nodes.forEach((id: unknown, i) => {
      if (!isId(id)) add(`/nodes/${i}`, 'must be a non-empty string (at most 200 characters)');
      else if (nodeIndex.has(id)) add(`/nodes/${i}`, `node ${id} is listed twice`);
      else nodeIndex.set(id, i);
    });
  }
  for (const key of ['start', 'end'] as const) {
    if (!isId(input[key])) add(`/${key}`, 'must be a node id');
    else if (Array.isArray(input.nodes) && !nodeIndex.has(input[key])) add(`/${key}`, `${input[key]} is not in nodes`);
  }
  validateMatrix(input.travelMinutes, Array.isArray(input.nodes) ? input.nodes.length : 0, add);
  if (!Array.isArray(input.places)) add('/places', 'must be an array');
  else {
    if (input.places.length > LIMITS.places) add('/places', `at most ${LIMITS.places} places`);
    const seen = new Set<string>();
    input.places.forEach((place: unknown, i) => {
      const at = `/places/${i}`;
      if (!isObject(place)) return add(at, 'must be an object');
      if (!isId(place.id)) add(`${at}/id`, 'must be a non-empty string');
      else if (seen.has(place.id)) add(`${at}/id`, `place ${place.id} is listed twice`);
      else if (!nodeIndex.has(place.id) && Array.isArray(input.nodes)) add(`${at}/id`, `${place.id} is not in nodes`);
      else if (place.id === input.start || place.id === input.end) add(`${at}/id`, 'the start and end are not places to visit');
      if (isId(place.id)) seen.add(place.id);
      if (typeof place.value !== 'number' || !Number.isFinite(place.value) || place.value < 0 || place.value > LIMITS.value) add(`${at}/value`, `must be a number from 0 to ${LIMITS.value}`);
      if (!isMinute(place.visitMinutes)) add(`${at}/visitMinutes`, `must be a whole number of minutes from 0 to ${LIMITS.minute}`);
      if (place.required !== undefined && typeof place.required !== 'boolean') add(`${at}/required`, 'must be true or false');
      validateWindows(place.open, `${at}/open`, add);
    });
  }
  return { valid: errors.length === 0, errors };
}

function validateMatrix(matrix: unknown, size: number, add: (path: string, message: string) => void): void {
  if (!Array.isArray(matrix)) return add('/travelMinutes', 'must be an array of rows');
  if (matrix.length !== size) add('/travelMinutes', `must have one row per node (${size})`);
  matrix.forEach((row: unknown, i) => {
    if (!Array.isArray(row) || row.length !== size) return add(`/travelMinutes/${i}`, `must be an array of ${size} minutes`);
    row.forEach((cell: unknown, j) => {
      if (!isMinute(cell, LIMITS.travel)) add(`/travelMinutes/${i}/${j}`, `must be a whole number of minutes from 0 to ${LIMITS.travel}`);
    });
  });
}

function validateWindows(windows: unknown, at: string, add: (path: string, message: string) => void): void {
  if (!Array.isArray(windows)) return add(at, 'must be an array of [open, close] minutes');
  windows.forEach((w: unknown, k) => {
    if (!Array.isArray(w) || w.length !== 2 || !isMinute(w[0]) || !isMinute(w[1])) add(`${at}/${k}`, `must be [open, close], whole minutes from 0 to ${LIMITS.minute}`);
    else if (w[1] < w[0]) add(`${at}/${k}`, 'closes before it opens');
  });
}

export function assertValidInstance(input: unknown): asserts input is RouteInstance {
  const report = validateInstance(input);
  if (!report.valid) throw new InstanceValidationError('route', report.errors);
}
