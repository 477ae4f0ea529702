import { dayInVietnam, minuteOfDayInVietnam } from '../../../shared/time/clock.ts';

/** The instant of a day and an HH:mm in Vietnam (UTC+7, no daylight saving). */
export function vietnamInstant(day: string, time: string): Date {
  return new Date(`${day}T${time}:00+07:00`);
}

const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** A session's day and times as people in Hanoi read them. */
export function vietnamTimes(startsAt: Date, endsAt: Date): { day: string; startsAt: string; endsAt: string } {
  return { day: dayInVietnam(startsAt), startsAt: hhmm(minuteOfDayInVietnam(startsAt)), endsAt: hhmm(minuteOfDayInVietnam(endsAt)) };
}
