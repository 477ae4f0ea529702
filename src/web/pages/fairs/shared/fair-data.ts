// Small helpers for fair pages: days of a fair, times in Hanoi, text matching for the plan search.
import { clock, dayInVietnam } from '../../../../shared/time/clock.ts';
import { TIME_ZONE } from '../../../format.ts';

/** Today in Hanoi as yyyy-MM-dd, by the platform's clock. */
export function todayInHanoi(): string {
  return clock.today();
}

/** Every calendar day from startsOn to endsOn (yyyy-MM-dd), both included. */
export function fairDays(startsOn: string, endsOn: string): string[] {
  const days: string[] = [];
  const end = Date.parse(`${endsOn}T00:00:00Z`);
  for (let t = Date.parse(`${startsOn}T00:00:00Z`); t <= end && days.length < 400; t += 86_400_000) {
    days.push(new Date(t).toISOString().slice(0, 10));
  }
  return days;
}

const timeFormat = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: TIME_ZONE });

/** HH:mm in Hanoi time of an ISO moment. */
export function formatTime(value: string): string {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? '' : timeFormat.format(date);
}

/** The day (yyyy-MM-dd) in Hanoi of an ISO moment. */
export function dayInHanoi(value: string): string {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? '' : dayInVietnam(date);
}

/** Lower case without Vietnamese accents (đ → d), for matching what people type. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'd').toLowerCase().trim();
}

/** A number typed with dots or spaces for thousands ("1.250.000") → 1250000; null if not a whole number. */
export function parseAmount(text: string): number | null {
  const cleaned = text.replace(/[\s.,₫]/g, '').replace(/đ$/i, '');
  if (!/^\d{1,13}$/.test(cleaned)) return null;
  return Number(cleaned);
}

/** A link that opens the place in the phone's map app (or the map site on a computer). */
export function directionsUrl(latitude: number, longitude: number): string {
  return `https://www.google.com/maps/dir/?api=1&destination=${latitude},${longitude}`;
}

export function openStreetMapUrl(latitude: number, longitude: number): string {
  return `https://www.openstreetmap.org/?mlat=${latitude}&mlon=${longitude}#map=18/${latitude}/${longitude}`;
}
