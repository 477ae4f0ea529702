import { isoDate, type IsoDate } from '../domain/iso-date.ts';

/** One spreadsheet cell as the importer sees it: text, a number, a real date, or nothing. */
export type CellValue = string | number | Date | null;

const MS_PER_DAY = 86_400_000;

/**
 * The calendar day of a date cell. Excel stores days without a zone and exceljs turns them into
 * UTC midnights, so the day is read in UTC: reading it in local time would give the previous
 * day anywhere west of Greenwich. One second of slack absorbs floating-point error in serials
 * that land a hair before midnight.
 */
export function dateCellDay(value: Date): IsoDate {
  const day = new Date(Math.floor((value.getTime() + 1000) / MS_PER_DAY) * MS_PER_DAY);
  return isoDate(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate());
}

/** A cell as trimmed, single-spaced text in NFC ("" for empty). */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : dateCellDay(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return value.normalize('NFC').replace(/\s+/g, ' ').trim();
}

export function isBlankCell(value: CellValue | undefined): boolean {
  return cellText(value) === '';
}
