import { addMonths } from '../../../shared/time/iso-date.ts';

/** A month as the API writes it: "yyyy-MM". Stored as its first day. */
export type Month = string;

export const MONTH_PATTERN = '^(19|20|21)[0-9]{2}-(0[1-9]|1[0-2])$';
export const firstDay = (month: Month): string => `${month}-01`;
export const monthOf = (day: string): Month => day.slice(0, 7);
export const shiftMonth = (month: Month, by: number): Month => monthOf(addMonths(firstDay(month), by));

/** The months from `from` to `to` inclusive, oldest first. */
export function monthsBetween(from: Month, to: Month): Month[] {
  const list: Month[] = [];
  for (let m = from; m <= to; m = shiftMonth(m, 1)) list.push(m);
  return list;
}

/** Reports are due by this day of the following month. */
export const REPORT_DUE_DAY = 10;

/** The latest month whose report is due on `today`: last month from the 11th, else the month before. */
export function latestDueMonth(today: string): Month {
  const day = Number(today.slice(8, 10));
  return shiftMonth(monthOf(today), day > REPORT_DUE_DAY ? -1 : -2);
}
