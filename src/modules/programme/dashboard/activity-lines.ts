import { formatDate, formatNumber, formatVnd } from '../../../server/pdf/index.ts';
import type { Language } from '../../../shared/localized.ts';
import type { Activity } from '../contract.ts';
import { REPORT_TEXTS } from './report-texts.ts';

/** An activity's dates and its results in words, for the report and the workbook. */
export function activityLines(a: Activity, language: Language): { schedule: string; results: string } {
  const w = REPORT_TEXTS[language];
  const n = (value: number | undefined) => formatNumber(value ?? 0, language);
  const r = a.results;
  const schedule = a.startsOn && a.endsOn ? (a.startsOn === a.endsOn ? formatDate(a.startsOn) : `${formatDate(a.startsOn)} – ${formatDate(a.endsOn)}`) : '';
  const results = {
    fair: () => `${n(r.stalls)} ${w.stalls!.toLowerCase()}, ${n(r.exhibitors)} ${w.exhibitors}, ${n(r.visitors)} ${w.visitors!.toLowerCase()}, ${formatVnd(r.salesVnd ?? 0)}`,
    conference: () => `${n(r.meetingsHeld)} ${w.meetings}, ${n(r.mous)} MOU, ${formatVnd(r.agreementValueVnd ?? 0)}`,
    'point-of-sale': () => (r.operating ? w.operating! : ''),
    training: () => `${n(r.sessions)} ${w.sessionsWord}, ${n(r.trainees)} ${w.traineesWord}, ${w.attendanceWord} ${n(r.attendancePercent)}%, ${w.completionWord} ${n(r.completionPercent)}%, ${n(r.certificates)} ${w.certificatesWord}`,
    opening: () => `${n(r.guests)} ${w.guestsWord}${r.operating ? `, ${w.operating}` : ''}`,
    project: () => `${n(r.milestonesDone)} ${w.milestones}, ${w.spent!.toLowerCase()} ${formatVnd(r.spentVnd ?? 0)}`,
  }[a.kind]();
  return { schedule, results };
}
