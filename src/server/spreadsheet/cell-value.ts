import { isoDate, type IsoDate } from '../../shared/time/iso-date.ts';

/** One spreadsheet cell as an import sees it: text, a number, a real date, or nothing. */
export type CellValue = string | number | Date | null;

const MS_PER_DAY = 86_400_000;

/**
 * The calendar day of a date cell. Excel stores days without a zone and the reader turns them
 * into UTC midnights, so the day is read in UTC: reading it in local time would give the previous
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
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return '';
    const year = value.getUTCFullYear();
    return year >= 1 && year <= 9999 ? dateCellDay(value) : '';
  }
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return value.normalize('NFC').replace(/\s+/g, ' ').trim();
}

export function isBlankCell(value: CellValue | undefined): boolean {
  return cellText(value) === '';
}
