import type { IsoDate } from '../../shared/time/iso-date.ts';
import { cellText, type CellValue } from './cell-value.ts';
import { parseDateCell } from './parse-date.ts';

/**
 * Reads one non-blank cell. A parser never throws on input: it returns the value, or a problem
 * code (with the engine's or the import's message for it) and an optional detail for the message.
 */
export type CellParser<T> = (cell: CellValue) => ParseResult<T>;

export type ParseResult<T> = { ok: true; value: T } | { ok: false; code: string; detail?: string };

const ok = <T>(value: T): ParseResult<T> => ({ ok: true, value });
const fail = (code: string, detail?: string): ParseResult<never> => ({ ok: false, code, detail });

/** The parsers most columns need; an import declares its own for domain values. */
export const parsers = {
  /** Text up to `max` characters (single-spaced, trimmed). */
  text:
    (max = 500): CellParser<string> =>
    (cell) => {
      const text = cellText(cell);
      return text.length > max ? fail('too_long', String(max)) : ok(text);
    },

  /** A whole number in [min, max]; accepts "1.200" and "1 200" as Vietnamese thousands. */
  integer:
    (min: number, max: number): CellParser<number> =>
    (cell) => {
      const value = typeof cell === 'number' ? cell : Number(cellText(cell).replace(/[.\s](?=\d{3}(?:\D|$))/g, ''));
      if (!Number.isInteger(value)) return fail('bad_number');
      return value < min || value > max ? fail('number_out_of_range', `${min}–${max}`) : ok(value);
    },

  /** A decimal number in [min, max]; a comma is the Vietnamese decimal mark. */
  decimal:
    (min: number, max: number): CellParser<number> =>
    (cell) => {
      const value = typeof cell === 'number' ? cell : Number(cellText(cell).replace(',', '.'));
      if (!Number.isFinite(value) || (typeof cell !== 'number' && !/^-?\d+(?:[.,]\d+)?$/.test(cellText(cell)))) return fail('bad_number');
      return value < min || value > max ? fail('number_out_of_range', `${min}–${max}`) : ok(value);
    },

  /** A calendar day: a real date cell, an Excel serial, dd/MM/yyyy or yyyy-MM-dd; 1900–2200 only. */
  date: (): CellParser<IsoDate> => (cell) => {
    const date = parseDateCell(cell);
    return date === undefined ? fail('bad_date') : ok(date);
  },

  /** One of a fixed list, each value matched by any of its spellings (see {@link textKey}). */
  oneOf:
    <T>(read: (text: string) => T | undefined, listed: string): CellParser<T> =>
    (cell) => {
      const value = read(cellText(cell));
      return value === undefined ? fail('not_in_list', listed) : ok(value);
    },
};
