import { Type, type TSchema } from '@sinclair/typebox';

/** Bounded text: every string the API accepts has a maximum length. */
export const Text = (options: { min?: number; max: number; description?: string }) =>
  Type.String({ minLength: options.min ?? 0, maxLength: options.max, description: options.description });

/** A required, non-blank text: at least one character that is not white space. */
export const Name = (max = 200) => Type.String({ minLength: 1, maxLength: max, pattern: '\\S' });

export const Email = Type.String({ format: 'email', minLength: 3, maxLength: 254 });

export const Uuid = Type.String({ format: 'uuid' });

export const IdParams = Type.Object({ id: Uuid }, { additionalProperties: false });

// Years 1900–2200 (MIN_YEAR–MAX_YEAR of shared/time/iso-date.ts): a date outside them gets 400
// before it reaches date arithmetic or the database.
const PLATFORM_YEAR = '(?:19[0-9]{2}|2[01][0-9]{2}|2200)';

/** ISO calendar date (yyyy-MM-dd) from 1900 to 2200; the web shows it as dd/MM/yyyy. */
export const IsoDate = Type.String({ format: 'date', pattern: `^${PLATFORM_YEAR}-[0-9]{2}-[0-9]{2}$` });

/** An instant (ISO 8601 date-time) within the years 1900 to 2200. */
export const IsoDateTime = Type.String({ format: 'date-time', pattern: `^${PLATFORM_YEAR}-` });

export const LocalizedText = (max = 200) =>
  Type.Object({ vi: Name(max), en: Name(max) }, { additionalProperties: false });

export const LocalizedOptionalText = (max = 5000) =>
  Type.Object({ vi: Text({ max }), en: Text({ max }) }, { additionalProperties: false });

export const Page = Type.Object({
  page: Type.Optional(Type.Integer({ minimum: 1, maximum: 100_000, default: 1 })),
  pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 20 })),
});

export const Paged = <T extends TSchema>(item: T) =>
  Type.Object({ items: Type.Array(item), total: Type.Integer() });

/** One of a fixed list of strings, as a plain JSON-Schema enum (clear in the API description). */
export const StringEnum = <T extends string>(values: readonly T[], options: { description?: string } = {}) =>
  Type.Unsafe<T>({ type: 'string', enum: [...values], ...options });
