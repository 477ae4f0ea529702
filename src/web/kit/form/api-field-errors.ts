// Where an API refusal belongs in a form: `validation_failed` names the request fields
// (details[].field, e.g. "name.vi") and the broken rule; other codes belong to the field the
// page names for them (e.g. conflict → email), or to the form as a whole.
import { ApiError } from '../../api/client.ts';

/** Which text says what is wrong with a field, by JSON-schema rule (ajv keyword). */
// Server rules are ajv keywords; client rules are react-hook-form's (min, max, validate…).
// `limit`: the text names the bound ({{limit}}), so it is used only when the bound is known.
const RULE_TEXTS = [
  { rule: 'required', messageKey: 'kit.rule.required', limit: false },
  { rule: 'minLength', messageKey: 'kit.rule.minLength', limit: true },
  { rule: 'maxLength', messageKey: 'kit.rule.maxLength', limit: true },
  { rule: 'minimum', messageKey: 'kit.rule.minimum', limit: true },
  { rule: 'exclusiveMinimum', messageKey: 'kit.rule.exclusiveMinimum', limit: true },
  { rule: 'min', messageKey: 'kit.rule.minimum', limit: true },
  { rule: 'maximum', messageKey: 'kit.rule.maximum', limit: true },
  { rule: 'exclusiveMaximum', messageKey: 'kit.rule.exclusiveMaximum', limit: true },
  { rule: 'max', messageKey: 'kit.rule.maximum', limit: true },
  { rule: 'minItems', messageKey: 'kit.rule.minItems', limit: true },
  { rule: 'maxItems', messageKey: 'kit.rule.maxItems', limit: true },
  { rule: 'format', messageKey: 'kit.rule.format', limit: false },
  { rule: 'pattern', messageKey: 'kit.rule.pattern', limit: false },
  { rule: 'enum', messageKey: 'kit.rule.enum', limit: false },
  { rule: 'type', messageKey: 'kit.rule.invalid', limit: false },
] as const;

export const INVALID_KEY = 'kit.rule.invalid';

export interface RuleText {
  messageKey: string;
  limit?: string;
}

/**
 * The text for a broken rule, client or server side; a rule without its own text, or whose
 * bound is unknown, reads "this value is not valid".
 */
export function ruleText(rule: string | undefined, limit?: string | number | null): RuleText {
  const entry = RULE_TEXTS.find((candidate) => candidate.rule === rule);
  if (!entry) return { messageKey: INVALID_KEY };
  if (!entry.limit) return { messageKey: entry.messageKey };
  if (limit === undefined || limit === null || limit === '') return { messageKey: INVALID_KEY };
  return { messageKey: entry.messageKey, limit: String(limit) };
}

/** The bound in ajv's English message ("must NOT have fewer than 3 characters" → "3"). */
const limitInMessage = (message: string | undefined) => message?.match(/-?\d+(?:\.\d+)?/)?.[0];

/**
 * A field's problem: a broken rule (a text key), or the error's own message (our text for a
 * known code, else the server's, which comes in the user's language).
 */
export type FieldProblem = ({ kind: 'rule' } & RuleText) | { kind: 'error'; messageKey?: string };

export interface ApiFormErrors {
  fields: Record<string, FieldProblem>;
  /**
   * What the form says above its fields: `summary` ("check the marked fields") when every
   * problem found its field, `error` (the error's message, and the request fields the form does
   * not show) otherwise.
   */
  form: 'summary' | 'error';
  /** Request fields the answer names that the form does not show. */
  unplaced: string[];
}

export interface PlacementRules {
  /** The form's field names (only these can show an error). */
  fields: readonly string[];
  /**
   * Error code → the field it concerns (`{ bad_dates: 'endsOn' }`), or the field and the page's
   * own text for it (`{ conflict: { field: 'email', messageKey: 'users.create.emailTaken' } }`).
   */
  codeFields?: Readonly<Record<string, string | { field: string; messageKey: string }>>;
  /** Request field (as the API names it) → form field, where the names differ. */
  apiFields?: Readonly<Record<string, string>>;
}

interface Detail {
  field: string | null;
  rule?: string;
  message?: string;
}

function validationDetails(error: ApiError): Detail[] {
  if (error.code !== 'validation_failed' || !Array.isArray(error.details)) return [];
  return (error.details as unknown[]).flatMap((detail) => {
    if (!detail || typeof detail !== 'object') return [];
    const { field, rule, message } = detail as { field?: unknown; rule?: unknown; message?: unknown };
    const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
    return [{ field: text(field) ?? null, rule: text(rule), message: text(message) }];
  });
}

/** The form field for a request field: renamed, itself, or the nearest enclosing one the form has. */
function formFieldFor(apiField: string, rules: PlacementRules): string | undefined {
  const renamed = rules.apiFields?.[apiField];
  if (renamed) return renamed;
  const known = new Set(rules.fields);
  for (let path = apiField; path; path = path.includes('.') ? path.slice(0, path.lastIndexOf('.')) : '') {
    if (known.has(path)) return path;
    if (rules.apiFields?.[path]) return rules.apiFields[path];
  }
  // A whole object missing ("name" required) is shown on its first field ("name.vi").
  return rules.fields.find((field) => field.startsWith(`${apiField}.`));
}

/**
 * Sorts an API error onto the form: field problems where a field takes them, the rest on the
 * form. An error that is not an ApiError (a bug) is a form-level problem.
 */
export function placeApiError(error: unknown, rules: PlacementRules): ApiFormErrors {
  const fields: Record<string, FieldProblem> = {};
  const unplaced: string[] = [];
  if (!(error instanceof ApiError)) return { fields, form: 'error', unplaced };
  let loose = false;
  for (const detail of validationDetails(error)) {
    const field = detail.field ? formFieldFor(detail.field, rules) : undefined;
    if (field) fields[field] ??= { kind: 'rule', ...ruleText(detail.rule, limitInMessage(detail.message)) };
    else if (detail.field) unplaced.push(detail.field);
    else loose = true;
  }
  const target = rules.codeFields?.[error.code];
  const codeField = typeof target === 'string' ? target : target?.field;
  if (codeField && rules.fields.includes(codeField)) {
    fields[codeField] ??= typeof target === 'object' ? { kind: 'error', messageKey: target.messageKey } : { kind: 'error' };
  }
  const placedAll = Object.keys(fields).length > 0 && unplaced.length === 0 && !loose;
  return { fields, form: placedAll ? 'summary' : 'error', unplaced };
}
