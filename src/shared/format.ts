// Dates, times and money for the web app and the server's documents alike (src/web/format.ts re-exports it).
// Dates, times and money the way people in Vietnam write them, whatever the UI language:
// dates dd/MM/yyyy, times HH:mm (24 h) in Hanoi time, money as VND with dots for thousands.

/** The programme runs in Hanoi: times are shown in Vietnam time wherever the browser is. */
export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const dateFormat = new Intl.DateTimeFormat('vi-VN', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  timeZone: TIME_ZONE,
});

const dateTimeFormat = new Intl.DateTimeFormat('vi-VN', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: TIME_ZONE,
});

const vndFormat = new Intl.NumberFormat('vi-VN', { style: 'currency', currency: 'VND', maximumFractionDigits: 0 });

function toDate(value: string | Date | number): Date | null {
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

function parts(format: Intl.DateTimeFormat, date: Date): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of format.formatToParts(date)) out[part.type] = part.value;
  return out;
}

/**
 * A calendar date as dd/MM/yyyy. An ISO date (yyyy-MM-dd, as the API sends calendar dates) is
 * shown as written, without any time-zone shift; a timestamp is shown as its day in Hanoi.
 * Returns '' for a missing or invalid value.
 */
export function formatDate(value: string | Date | number | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'string') {
    const iso = ISO_DATE.exec(value);
    if (iso) return `${iso[3]}/${iso[2]}/${iso[1]}`;
  }
  const date = toDate(value);
  if (!date) return '';
  const p = parts(dateFormat, date);
  return `${p.day}/${p.month}/${p.year}`;
}

/** A moment as dd/MM/yyyy HH:mm in Hanoi time; '' for a missing or invalid value. */
export function formatDateTime(value: string | Date | number | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  const date = toDate(value);
  if (!date) return '';
  const p = parts(dateTimeFormat, date);
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`;
}

/** An amount of Vietnamese dong, e.g. 1.250.000 ₫; '' for a missing or non-finite value. */
export function formatVnd(amount: number | bigint | null | undefined): string {
  if (amount === null || amount === undefined) return '';
  if (typeof amount === 'number' && !Number.isFinite(amount)) return '';
  // Intl separates the number and the symbol with a no-break space, which keeps them on one line.
  return vndFormat.format(amount);
}

const TYPED_DATE = /^(\d{1,2})\s*[/.\- ]\s*(\d{1,2})\s*[/.\- ]\s*(\d{4})$/;

/**
 * A calendar date typed the Vietnamese way, day first: 15/03/2024, 5/3/2024, 15-03-2024,
 * 15.03.2024 or 15032024 → "2024-03-15". Null when it is not a real date.
 */
export function parseDate(text: string): string | null {
  const trimmed = text.trim();
  const match = TYPED_DATE.exec(trimmed) ?? /^(\d{2})(\d{2})(\d{4})$/.exec(trimmed);
  if (!match) return null;
  const day = Number(match[1]);
  const month = Number(match[2]);
  const year = Number(match[3]);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
