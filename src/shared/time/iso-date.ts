/**
 * Calendar dates as ISO `YYYY-MM-DD` strings, the shape PostgreSQL `date` columns take and give.
 *
 * Certificates are about calendar days, not instants: a mark is valid "through 2027-02-28"
 * wherever the shopper stands. Arithmetic therefore runs on UTC day numbers and never on local
 * `Date` objects, whose day depends on the server's time zone.
 */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The years the platform's dates fall in (certificates, fairs, courses, sales). A date outside
 * them is a typo: the API refuses it with 400 (see IsoDate in schema-types.ts) and imports report
 * it, so date arithmetic and the database never meet year 0 or 9999.
 */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2200;

/** A valid calendar date within the platform's years. */
export function isPlatformDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  return m !== null && Number(m[1]) >= MIN_YEAR && Number(m[1]) <= MAX_YEAR && isIsoDate(text);
}
const MS_PER_DAY = 86_400_000;

export interface CalendarDate {
  year: number;
  month: number; // 1–12
  day: number; // 1–31
}

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (MONTH_LENGTHS[month - 1] ?? Number.NaN);
}

export function isValidCalendarDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 1 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** Formats a calendar date; throws RangeError for impossible dates such as 2023-02-29. */
export function isoDate(year: number, month: number, day: number): IsoDate {
  if (!isValidCalendarDate(year, month, day)) {
    throw new RangeError(`Not a calendar date: ${year}-${month}-${day}`);
  }
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function isIsoDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  return m !== null && isValidCalendarDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

export function parseIsoDate(date: IsoDate): CalendarDate {
  const m = ISO_DATE.exec(date);
  const parts = m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : undefined;
  if (!parts || !isValidCalendarDate(parts.year, parts.month, parts.day)) {
    throw new RangeError(`Not an ISO date (YYYY-MM-DD): ${date}`);
  }
  return parts;
}

/** Days since 1970-01-01 (negative before). */
export function toEpochDay(date: IsoDate): number {
  const { year, month, day } = parseIsoDate(date);
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

export function fromEpochDay(epochDay: number): IsoDate {
  const d = new Date(epochDay * MS_PER_DAY);
  return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromEpochDay(toEpochDay(date) + days);
}

/**
 * Adds calendar months, clamping to the last day of the target month when the day does not
 * exist there: 2024-02-29 + 12 months = 2025-02-28, 2024-01-31 + 1 month = 2024-02-29.
 * Clamping (rather than rolling over into the next month, as `Date#setMonth` does) never
 * lengthens a period past the month it should end in.
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const { year, month, day } = parseIsoDate(date);
  const monthIndex = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = (monthIndex % 12) + 1;
  return isoDate(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toEpochDay(to) - toEpochDay(from);
}

/** Negative, zero or positive like a sort comparator. ISO strings of valid dates sort as text. */
export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
