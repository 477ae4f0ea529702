import { createPdfDocument, formatNumber, formatVnd, placeAndDate, programmeLetterhead } from '../../../server/pdf/index.ts';
import type { Language } from '../../../shared/localized.ts';
import { clock } from '../../../shared/time/clock.ts';
import type { Bucket, ProgrammeDashboard } from '../contract.ts';
import { ACTIVITY_KIND_LABELS } from '../domain.ts';
import { activityLines } from './activity-lines.ts';
import { REPORT_TEXTS } from './report-texts.ts';

/** The programme's annual report (Vietnamese first, embedded fonts): key results, activities, breakdowns. */
export function annualReportPdf(dashboard: ProgrammeDashboard, language: Language): Promise<Buffer> {
  const w = REPORT_TEXTS[language];
  const t = dashboard.totals;
  const n = (value: number) => formatNumber(value, language);
  const doc = createPdfDocument({ language, letterhead: programmeLetterhead(language, clock.today()), title: `${w.title} ${dashboard.year}` });
  doc.summary([
    { label: w.fairs!, value: n(t.fairs) }, { label: w.stalls!, value: n(t.stalls) }, { label: w.visitors!, value: n(t.visitors) },
    { label: w.fairSales!, value: formatVnd(t.fairSalesVnd) }, { label: w.mous!, value: n(t.mous) }, { label: w.agreementValue!, value: formatVnd(t.agreementValueVnd) },
    { label: w.points!, value: n(t.pointsOperating) }, { label: w.pointSales!, value: formatVnd(t.pointSalesVnd) }, { label: w.projectBudget!, value: formatVnd(t.projectBudgetVnd) },
    { label: w.courses!, value: n(t.courses) }, { label: w.trainees!, value: n(t.trainees) }, { label: w.attendance!, value: n(t.attendancePercent) },
    { label: w.completion!, value: n(t.completionPercent) }, { label: w.certificates!, value: n(t.certificates) }, { label: w.openings!, value: n(t.openings) },
  ], w.summary);
  doc.heading(`1. ${w.activities}`);
  if (dashboard.activities.length === 0) doc.paragraph(w.none!);
  else {
    doc.table({
      columns: [{ header: w.no!, width: 0.5, align: 'right' }, { header: w.name!, width: 3 }, { header: w.owner!, width: 1.6 }, { header: w.schedule!, width: 1.5 }, { header: w.budget!, width: 1.4, align: 'right' }, { header: w.results!, width: 2.6 }],
      rows: dashboard.activities.map((a, i) => {
        const lines = activityLines(a, language);
        return [i + 1, `${a.name[language]} (${ACTIVITY_KIND_LABELS[a.kind][language]})`, a.owner ?? '', lines.schedule, a.budgetVnd === null ? '' : formatVnd(a.budgetVnd), lines.results];
      }),
      size: 8,
    });
  }
  const breakdown = (heading: string, first: string, list: readonly Bucket[]) => {
    doc.heading(heading);
    doc.table({
      columns: [{ header: first, width: 3 }, { header: w.count!, width: 1.2, align: 'right' }, { header: w.sales!, width: 2, align: 'right' }, { header: w.agreements!, width: 2, align: 'right' }],
      rows: list.map((b) => [b.label[language], n(b.activities), formatVnd(b.salesVnd), formatVnd(b.agreementValueVnd)]),
    });
  };
  breakdown(`2. ${w.byMonth}`, w.month!, dashboard.byMonth);
  breakdown(`3. ${w.byKind}`, w.kind!, dashboard.byKind);
  if (dashboard.byRegion.length > 0) breakdown(`4. ${w.byRegion}`, w.region!, dashboard.byRegion);
  doc.signatures([{ title: w.preparer! }, { title: w.head! }], placeAndDate(language === 'vi' ? 'Hà Nội' : 'Hanoi', clock.today(), language));
  return doc.finish();
}
