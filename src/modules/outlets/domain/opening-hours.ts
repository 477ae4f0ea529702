import { dayInVietnam, minuteOfDayInVietnam } from '../../../shared/time/clock.ts';
import type { Localized } from '../../../shared/localized.ts';
import type { HoursInterval, WeeklyHours } from './shapes.ts';

export interface HoursException {
  startsOn: string;
  endsOn: string;
  hours: HoursInterval[];
  label: Localized;
}

export interface OpenState {
  open: boolean;
  /** The hours that apply today (after exceptions). */
  today: HoursInterval[];
  /** The exception that applies today, if any (Tết, a holiday). */
  exception: Localized | null;
  /** When it next opens or closes: the day (yyyy-MM-dd) and time, within the coming week. */
  next: { change: 'opens' | 'closes'; day: string; at: string } | null;
}

const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** ISO weekday of a calendar day, Monday = 0 … Sunday = 6. */
export function weekdayIndex(day: string): number {
  return (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;
}

function addDay(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** The hours of one calendar day: a dated exception when one covers it, else the weekday's. */
export function hoursOn(day: string, weekly: WeeklyHours, exceptions: readonly HoursException[]): { hours: HoursInterval[]; exception: HoursException | null } {
  const exception = exceptions.find((e) => e.startsOn <= day && day <= e.endsOn) ?? null;
  return { hours: exception ? exception.hours : (weekly[weekdayIndex(day)] ?? []), exception };
}

/**
 * Whether a point is open at an instant, judged in Vietnam time (UTC+7) whatever the server's
 * zone, with dated exceptions taking precedence over the weekly hours.
 */
export function openState(at: Date, weekly: WeeklyHours, exceptions: readonly HoursException[]): OpenState {
  const day = dayInVietnam(at);
  const minute = minuteOfDayInVietnam(at);
  const { hours, exception } = hoursOn(day, weekly, exceptions);
  const current = hours.find((h) => minutes(h.opens) <= minute && minute < minutes(h.closes));
  let next: OpenState['next'] = null;
  if (current) next = { change: 'closes', day, at: current.closes };
  else {
    for (let offset = 0; offset < 8 && !next; offset++) {
      const candidate = addDay(day, offset);
      const opening = hoursOn(candidate, weekly, exceptions).hours
        .filter((h) => offset > 0 || minutes(h.opens) > minute)
        .sort((a, b) => minutes(a.opens) - minutes(b.opens))[0];
      if (opening) next = { change: 'opens', day: candidate, at: opening.opens };
    }
  }
  return { open: Boolean(current), today: hours, exception: exception?.label ?? null, next };
}
