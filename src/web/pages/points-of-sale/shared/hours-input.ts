import type { HoursInterval } from '../../../../modules/outlets/domain/shapes.ts';

const INTERVAL = /^([01]\d|2[0-3]):([0-5]\d)\s*[-–]\s*(([01]\d|2[0-3]):[0-5]\d|24:00)$/;

/** Intervals as typed in a form: "08:00–12:00, 13:30–17:00", empty for closed. */
export function formatHours(intervals: readonly HoursInterval[]): string {
  return intervals.map((i) => `${i.opens}–${i.closes}`).join(', ');
}

/** Reads "08:00-12:00, 13:30–17:00" (a dash or an en dash, 8:00 allowed); null when a part is not a time range. */
export function parseHours(text: string): HoursInterval[] | null {
  const parts = text.split(/[,;]/).map((p) => p.trim()).filter(Boolean);
  const intervals: HoursInterval[] = [];
  for (const part of parts) {
    const padded = part.replace(/(^|[-–]\s*)(\d):/g, '$10$2:');
    const match = INTERVAL.exec(padded);
    if (!match) return null;
    const [opens, closes] = padded.split(/\s*[-–]\s*/);
    if (!opens || !closes) return null;
    intervals.push({ opens, closes });
  }
  return intervals;
}
