import type { TSchema } from '@sinclair/typebox';

/**
 * A value that satisfies a route's JSON schema, built from the schema itself, so tests can walk
 * every route without a hand-written example per route.
 */
export function sampleFor(schema: unknown): unknown {
  const s = schema as TSchema & Record<string, unknown>;
  if (!s || typeof s !== 'object') return null;
  if (Array.isArray(s.enum)) return s.enum[0];
  if ('const' in s) return s.const;
  if (Array.isArray(s.anyOf)) return sampleFor(s.anyOf[0]);
  if (Array.isArray(s.oneOf)) return sampleFor(s.oneOf[0]);
  switch (s.type) {
    case 'object': {
      const properties = (s.properties ?? {}) as Record<string, unknown>;
      const required = (s.required ?? []) as string[];
      return Object.fromEntries(required.map((key) => [key, sampleFor(properties[key])]));
    }
    case 'array':
      return [];
    case 'integer':
    case 'number':
      return typeof s.minimum === 'number' ? s.minimum : 1;
    case 'boolean':
      return true;
    case 'null':
      return null;
    case 'string':
      switch (s.format) {
        case 'uuid':
          return '00000000-0000-4000-8000-000000000000';
        case 'email':
          return 'sample@test.example';
        case 'date':
          return '2026-01-15';
        case 'date-time':
          return '2026-01-15T08:00:00.000Z';
        default:
          return 'x'.repeat(Math.max(1, Number(s.minLength ?? 1)));
      }
    default:
      return null;
  }
}

/** The route's URL with every `:param` filled from its params schema. */
export function sampleUrl(url: string, paramsSchema: unknown): string {
  const properties = ((paramsSchema as { properties?: Record<string, unknown> })?.properties ?? {});
  return url.replace(/:(\w+)/g, (_match, name: string) => encodeURIComponent(String(sampleFor(properties[name]) ?? 'x')));
}
