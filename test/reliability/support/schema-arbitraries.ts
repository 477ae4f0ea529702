// Values for a JSON schema as the OpenAPI document states it (the TypeBox schemas of the routes),
// made by fast-check: schema-valid-ish values, so that a request gets past validation into the
// services, and hostile ones (wrong types, huge or strange text, injections, impossible dates,
// broken ids), mixed field by field.
import fc from 'fast-check';

export interface JsonSchema {
  type?: string;
  format?: string;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  properties?: Record<string, JsonSchema>;
  required?: string[];
}

export const INJECTIONS = [
  "'; DROP TABLE users; --",
  "' OR '1'='1",
  '1; SELECT pg_sleep(5)',
  '$1',
  '%',
  '_',
  '\\',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '{{7*7}}${7*7}',
  '../../etc/passwd',
  '..%2F..%2Fetc%2Fpasswd',
  '=HYPERLINK("http://evil.example")',
  'nul\u0000byte',
  '\u0000',
];

const ODD_TEXT = [
  '',
  ' ',
  '\t\n\r',
  'Nguyễn Thị Thu — Làng gốm Bát Tràng',
  'Nguye\u0302\u0303n', // decomposed accents
  '\u202Eevil\u202C', // right-to-left override
  'z\u0351\u0300\u0301\u0302\u0303\u0304\u0305', // stacked combining marks
  '👩🏽‍🌾🍜🇻🇳',
  '\uD800', // lone surrogate
  '\uFEFF\u200B\u2028\u2029',
  '\uFFFF\uFFFE',
];

const BAD_UUIDS = [
  'not-a-uuid',
  '00000000-0000-0000-0000-000000000000',
  'FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF',
  '6f1c2b9e-3d4a-4b5c-8d6e-7f8091a2b3c4x',
  '6f1c2b9e3d4a4b5c8d6e7f8091a2b3c4',
  '{6f1c2b9e-3d4a-4b5c-8d6e-7f8091a2b3c4}',
  '-1',
];

const BAD_DATES = [
  '0000-00-00',
  '0000-01-01',
  '2026-02-30',
  '2026-13-01',
  '2027-02-29',
  '1899-12-31',
  '9999-12-31',
  '+275760-09-13',
  '-000001-01-01',
  '2026-01-15T25:61:00Z',
  '2026-01-15T08:00:00+99:00',
  '15/01/2026',
  '1e10',
];

const EXTREME_NUMBERS = [-1, 0, -0, 0.5, 1.5, 2 ** 31, -(2 ** 31) - 1, 2 ** 53 + 1, -(2 ** 63), 1e308, -1e308, Number.MIN_VALUE];

/** 100,000 characters of three bytes each: far past any field's limit, under the body limit. */
export const HUGE_TEXT = 'ạ'.repeat(100_000);

const textUnit = fc.constantFrom(...'abcdeghiklmnopqrstuvxy ăâđêôơưáàảãạếềệốộớờợúùủũụ0123456789-.,'.split(''));

function validString(schema: JsonSchema): fc.Arbitrary<string> {
  const min = schema.minLength ?? 0;
  const max = Math.min(schema.maxLength ?? 60, min + 40);
  switch (schema.format) {
    case 'uuid':
      return fc.uuid();
    case 'date':
      return fc.date({ min: new Date('2020-01-01'), max: new Date('2032-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    case 'date-time':
      return fc.date({ min: new Date('2020-01-01'), max: new Date('2032-12-31'), noInvalidDate: true }).map((d) => d.toISOString());
    case 'email':
      return fc.emailAddress().map((email) => (email.length <= (schema.maxLength ?? 254) ? email : 'sample@test.example'));
    case 'uri':
      return fc.webUrl();
    default:
  }
  if (schema.pattern) {
    let pattern: RegExp | undefined;
    try {
      pattern = new RegExp(schema.pattern, 'u');
    } catch {
      pattern = undefined;
    }
    if (pattern) {
      // Stretched or cut to the length limits rather than filtered: a filter that rarely passes
      // (a short match of `^[A-Za-z0-9_-]+$` for a minLength of 8) would spin for ever.
      const limit = schema.maxLength ?? Infinity;
      return fc.stringMatching(pattern, { size: 'small' }).map((s) => (s.length >= min ? s : (s || 'a').repeat(Math.ceil(min / Math.max(1, s.length)))).slice(0, limit));
    }
  }
  return fc.string({ unit: textUnit, minLength: min, maxLength: Math.max(min, max) });
}

function validNumber(schema: JsonSchema, integer: boolean): fc.Arbitrary<number> {
  const min = schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + (integer ? 1 : 1e-6) : -1_000_000);
  const max = schema.maximum ?? Math.max(min, 0) + 1_000_000;
  return integer
    ? fc.integer({ min: Math.ceil(min), max: Math.floor(max) })
    : fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
}

/** A value the schema accepts, or nearly: patterns and formats are honoured, cross-field rules are not known. */
export function validValue(schema: JsonSchema | undefined, depth = 0): fc.Arbitrary<unknown> {
  if (!schema) return fc.jsonValue({ maxDepth: 1 });
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  if (schema.anyOf) return fc.oneof(...schema.anyOf.map((s) => validValue(s, depth)));
  switch (schema.type) {
    case 'string':
      return validString(schema);
    case 'integer':
      return validNumber(schema, true);
    case 'number':
      return validNumber(schema, false);
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array': {
      const minLength = schema.minItems ?? 0;
      const maxLength = Math.min(schema.maxItems ?? 3, minLength + 3);
      if (depth > 4) return fc.constant([]);
      const items = validValue(schema.items, depth + 1);
      // Unique items from a short list: no more than the list holds (uniqueArray would never end).
      const distinct = schema.items?.enum?.length ?? Infinity;
      return schema.uniqueItems
        ? fc.uniqueArray(items, { minLength: Math.min(minLength, distinct), maxLength: Math.min(maxLength, distinct), selector: (v) => JSON.stringify(v) })
        : fc.array(items, { minLength, maxLength });
    }
    case 'object':
      return objectOf(schema, depth, (s) => validValue(s, depth + 1), schema.required ?? []);
    default:
      return fc.jsonValue({ maxDepth: 1 });
  }
}

function objectOf(schema: JsonSchema, depth: number, field: (s: JsonSchema) => fc.Arbitrary<unknown>, requiredKeys: string[]): fc.Arbitrary<Record<string, unknown>> {
  if (depth > 5) return fc.constant({});
  const properties = schema.properties ?? {};
  const keys = Object.keys(properties);
  if (keys.length === 0) return fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 3 });
  return fc.record(Object.fromEntries(keys.map((key) => [key, field(properties[key] as JsonSchema)])), { requiredKeys: requiredKeys.filter((k) => k in properties) });
}

/** A value of the wrong JSON type for the schema. */
function wrongType(schema: JsonSchema): fc.Arbitrary<unknown> {
  const all: fc.Arbitrary<unknown>[] = [
    fc.constant('12345'), fc.constant(12345), fc.constant(true), fc.constant(null), fc.constant([]), fc.constant(['x']), fc.constant({}), fc.constant({ nested: { deeper: [1] } }),
  ];
  const sameType: Record<string, (v: unknown) => boolean> = {
    string: (v) => typeof v === 'string', integer: (v) => typeof v === 'number', number: (v) => typeof v === 'number',
    boolean: (v) => typeof v === 'boolean', array: Array.isArray, object: (v) => typeof v === 'object' && v !== null && !Array.isArray(v), null: (v) => v === null,
  };
  const isSame = schema.type ? sameType[schema.type] : undefined;
  return fc.oneof(...all).filter((v) => !isSame?.(v));
}

/** A value an attacker or a broken client would send in place of one of this schema. */
export function hostileValue(schema: JsonSchema | undefined): fc.Arbitrary<unknown> {
  const s = schema ?? {};
  const text = fc.oneof(
    fc.constantFrom(...INJECTIONS, ...ODD_TEXT),
    fc.constant(HUGE_TEXT),
    fc.string({ unit: 'grapheme', maxLength: 30 }),
    fc.string({ unit: 'binary', maxLength: 30 }),
  );
  const choices: fc.Arbitrary<unknown>[] = [wrongType(s), text];
  if (s.format === 'uuid' || s.type === 'string') choices.push(fc.constantFrom(...BAD_UUIDS));
  if (s.format === 'date' || s.format === 'date-time' || s.pattern?.includes('\\d{4}')) choices.push(fc.constantFrom(...BAD_DATES));
  if (s.type === 'integer' || s.type === 'number') {
    choices.push(fc.constantFrom(...EXTREME_NUMBERS, ...[s.minimum, s.maximum].filter((n): n is number => n !== undefined).flatMap((n) => [n - 1, n + 1, n + 0.5])));
  }
  if (s.maxLength !== undefined) choices.push(fc.constant('x'.repeat(s.maxLength + 1)));
  if (s.type === 'array') {
    choices.push(fc.constant(Array.from({ length: Math.max(1000, (s.maxItems ?? 0) + 1) }, () => 'x')));
    if (s.items) choices.push(fc.array(hostileValue(s.items), { minLength: 1, maxLength: 3 }));
  }
  if (s.type === 'object') {
    // Prototype pollution: "__proto__" as an own key of the parsed JSON.
    choices.push(fc.constant(JSON.parse('{"__proto__":{"isAdmin":true},"constructor":{"prototype":{"x":1}}}')));
  }
  return fc.oneof(...choices);
}

/** Valid-ish or hostile, field by field: mostly valid, so that most requests reach the service. */
export function mixedValue(schema: JsonSchema | undefined, depth = 0): fc.Arbitrary<unknown> {
  if (schema?.type === 'object' && depth < 4) {
    const required = schema.required ?? [];
    const object = objectOf(schema, depth, (s) => mixedValue(s, depth + 1), required);
    return fc.oneof(
      { arbitrary: object, weight: 6 },
      // A required field missing, and a field nobody declared.
      { arbitrary: objectOf(schema, depth, (s) => mixedValue(s, depth + 1), []), weight: 1 },
      { arbitrary: object.map((o) => ({ ...o, unexpectedField: 'x' })), weight: 1 },
      { arbitrary: hostileValue(schema), weight: 1 },
    );
  }
  if (schema?.type === 'array' && schema.items && depth < 4) {
    const minLength = schema.minItems ?? 0;
    return fc.oneof(
      { arbitrary: fc.array(mixedValue(schema.items, depth + 1), { minLength, maxLength: Math.min(schema.maxItems ?? 3, minLength + 3) }), weight: 4 },
      { arbitrary: hostileValue(schema), weight: 1 },
    );
  }
  return fc.oneof({ arbitrary: validValue(schema, depth), weight: 4 }, { arbitrary: hostileValue(schema), weight: 1 });
}
