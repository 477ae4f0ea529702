/** One problem found in a solver instance (allocation, B2B schedule, day route). */
export interface ValidationIssue {
  /** JSON-pointer-like location of the problem, e.g. `/stalls/3/neighbours/1`. */
  path: string;
  message: string;
}

export interface ValidationReport<Issue extends ValidationIssue = ValidationIssue> {
  valid: boolean;
  errors: Issue[];
}

/** How many problems the message names; the full list stays in `errors`. */
const NAMED = 5;

/**
 * Thrown by a solver given an instance that fails its validation. One class for every solver,
 * so the CLIs, the worker threads and the routes recognise it the same way.
 */
export class InstanceValidationError<Issue extends ValidationIssue = ValidationIssue> extends Error {
  readonly errors: Issue[];
  /** `kind` names the instance in the message: "allocation", "B2B", "route". */
  constructor(kind: string, errors: Issue[]) {
    const head = errors.slice(0, NAMED).map((e) => `${e.path}: ${e.message}`).join('; ');
    const more = errors.length > NAMED ? ` (and ${errors.length - NAMED} more)` : '';
    super(`invalid ${kind} instance: ${head}${more}`);
    this.name = 'InstanceValidationError';
    this.errors = errors;
  }
}
