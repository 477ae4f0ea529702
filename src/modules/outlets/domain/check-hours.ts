import type { Localized } from '../../../shared/localized.ts';
import { badRequest } from '../../../server/http/app-error.ts';
import type { HoursInterval } from './shapes.ts';

const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** Each interval closes after it opens, and a day's intervals do not overlap. */
export function checkIntervals(intervals: readonly HoursInterval[], where: Localized): void {
  const sorted = [...intervals].sort((a, b) => minutes(a.opens) - minutes(b.opens));
  sorted.forEach((interval, i) => {
    if (minutes(interval.closes) <= minutes(interval.opens)) {
      throw badRequest('bad_hours', {
        vi: `${where.vi}: giờ đóng cửa phải sau giờ mở cửa (${interval.opens}–${interval.closes})`,
        en: `${where.en}: closing must come after opening (${interval.opens}–${interval.closes})`,
      });
    }
    const previous = sorted[i - 1];
    if (previous && minutes(interval.opens) < minutes(previous.closes)) {
      throw badRequest('bad_hours', { vi: `${where.vi}: các khung giờ chồng lên nhau`, en: `${where.en}: the time slots overlap` });
    }
  });
}

export const WEEKDAY_LABELS: readonly Localized[] = [
  { vi: 'Thứ Hai', en: 'Monday' }, { vi: 'Thứ Ba', en: 'Tuesday' }, { vi: 'Thứ Tư', en: 'Wednesday' }, { vi: 'Thứ Năm', en: 'Thursday' },
  { vi: 'Thứ Sáu', en: 'Friday' }, { vi: 'Thứ Bảy', en: 'Saturday' }, { vi: 'Chủ nhật', en: 'Sunday' },
];

export function checkWeeklyHours(weekly: readonly (readonly HoursInterval[])[]): void {
  weekly.forEach((day, i) => checkIntervals(day, WEEKDAY_LABELS[i] ?? { vi: `Ngày ${i + 1}`, en: `Day ${i + 1}` }));
}
