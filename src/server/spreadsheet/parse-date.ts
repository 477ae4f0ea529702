import { foldVietnamese } from '../../shared/text/fold-vietnamese.ts';
import { MAX_YEAR, MIN_YEAR, fromEpochDay, isValidCalendarDate, isoDate, type IsoDate } from '../../shared/time/iso-date.ts';
import { cellText, dateCellDay, type CellValue } from './cell-value.ts';

// Excel counts days from 1899-12-30 (the 1900 leap-year bug is absorbed by that epoch for every
// serial after February 1900). Only serials between 1990 and 2100 are read as dates, so a
// stray year ("2024") or price in a date column is not silently turned into a 1905 date.
const EXCEL_EPOCH_TO_UNIX_DAYS = 25_569;
const MIN_SERIAL = 32_874; // 1990-01-01
const MAX_SERIAL = 73_050; // 2099-12-31

function fromSerial(serial: number): IsoDate | undefined {
  if (!Number.isFinite(serial) || serial < MIN_SERIAL || serial > MAX_SERIAL + 1) return undefined;
  // The fraction is a time of day.
  return fromEpochDay(Math.floor(serial) - EXCEL_EPOCH_TO_UNIX_DAYS);
}

// The platform's dates run from 1900 to 2200 (the API refuses others); a year outside them in a
// list is a typo, never a date to store.

function calendar(year: number, month: number, day: number): IsoDate | undefined {
  if (year < MIN_YEAR || year > MAX_YEAR) return undefined;
  return isValidCalendarDate(year, month, day) ? isoDate(year, month, day) : undefined;
}

// An optional time after the date, as Excel writes when it exports date-times to CSV.
const TIME = String.raw`(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?`;
const DAY_FIRST = new RegExp(String.raw`^(\d{1,2})\s*([/.\-])\s*(\d{1,2})\s*\2\s*(\d{4})${TIME}$`);
const YEAR_FIRST = new RegExp(String.raw`^(\d{4})([/.\-])(\d{1,2})\2(\d{1,2})${TIME}$`);
// "ngày 15 tháng 3 năm 2024", as decisions are dated in their own text.
const WORDS = /^(?:ngay\s*)?(\d{1,2})\s*thang\s*(\d{1,2})\s*(?:nam|,)?\s*(\d{4})$/;

/**
 * Reads a date cell: a real Excel date, an Excel serial number, or text written dd/MM/yyyy
 * (also d/M/yyyy, dd-MM-yyyy, dd.MM.yyyy), yyyy-MM-dd, or "ngày 15 tháng 3 năm 2024".
 * Day-first is the Vietnamese convention and is never second-guessed: "03/04/2024" is 3 April.
 * Two-digit years are refused rather than guessed, and so are years outside 1900–2200.
 * Undefined when the cell is not a real date.
 */
export function parseDateCell(value: CellValue): IsoDate | undefined {
  if (value === null) return undefined;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return undefined;
    const year = value.getUTCFullYear();
    return year < MIN_YEAR || year > MAX_YEAR ? undefined : dateCellDay(value);
  }
  if (typeof value === 'number') return fromSerial(value);
  const text = cellText(value);
  if (/^\d{5}(?:\.\d+)?$/.test(text)) return fromSerial(Number(text));
  const dayFirst = DAY_FIRST.exec(text);
  if (dayFirst) return calendar(Number(dayFirst[4]), Number(dayFirst[3]), Number(dayFirst[1]));
  const yearFirst = YEAR_FIRST.exec(text);
  if (yearFirst) return calendar(Number(yearFirst[1]), Number(yearFirst[3]), Number(yearFirst[4]));
  const words = WORDS.exec(foldVietnamese(text));
  if (words) return calendar(Number(words[3]), Number(words[2]), Number(words[1]));
  return undefined;
}
