import { toXlsx } from '../../../server/spreadsheet/write-spreadsheet.ts';
import type { Language } from '../../../shared/localized.ts';
import type { Bucket, ProgrammeDashboard } from '../contract.ts';
import { ACTIVITY_KIND_LABELS } from '../domain.ts';
import { activityLines } from './activity-lines.ts';
import { REPORT_TEXTS } from './report-texts.ts';

/** The programme dashboard as a workbook: the activities, then one sheet per breakdown; amounts in VND. */
export function programmeWorkbook(dashboard: ProgrammeDashboard, language: Language): Promise<Buffer> {
  const w = REPORT_TEXTS[language];
  const bucketSheet = (name: string, first: string, list: readonly Bucket[]) => ({
    name, headers: [first, w.count!, w.sales!, w.agreements!], widths: [36, 14, 20, 24],
    rows: list.map((b) => [b.label[language], b.activities, b.salesVnd, b.agreementValueVnd]),
  });
  return toXlsx([
    {
      name: w.activities!, title: `${w.title} ${dashboard.year}`,
      headers: [w.no!, w.kind!, w.name!, w.owner!, w.schedule!, w.budget!, w.status!, w.region!, w.results!], widths: [6, 24, 48, 28, 24, 18, 16, 24, 60],
      rows: dashboard.activities.map((a, i) => {
        const lines = activityLines(a, language);
        return [i + 1, ACTIVITY_KIND_LABELS[a.kind][language], a.name[language], a.owner ?? '', lines.schedule, a.budgetVnd, a.status, a.region, lines.results];
      }),
    },
    {
      name: w.summary!, headers: [w.summary!, ''], widths: [36, 22],
      rows: [
        [w.fairs!, dashboard.totals.fairs], [w.stalls!, dashboard.totals.stalls], [w.visitors!, dashboard.totals.visitors], [w.fairSales!, dashboard.totals.fairSalesVnd],
        [w.conferences!, dashboard.totals.conferences], [w.mous!, dashboard.totals.mous], [w.agreementValue!, dashboard.totals.agreementValueVnd],
        [w.points!, dashboard.totals.pointsOperating], [w.pointSales!, dashboard.totals.pointSalesVnd],
        [w.courses!, dashboard.totals.courses], [w.trainees!, dashboard.totals.trainees], [w.attendance!, dashboard.totals.attendancePercent],
        [w.completion!, dashboard.totals.completionPercent], [w.certificates!, dashboard.totals.certificates],
        [w.openings!, dashboard.totals.openings], [w.openingGuests!, dashboard.totals.openingGuests],
        [w.projects!, dashboard.totals.projects], [w.projectBudget!, dashboard.totals.projectBudgetVnd], [w.spent!, dashboard.totals.projectSpentVnd], [w.budget!, dashboard.totals.budgetVnd],
      ],
    },
    bucketSheet(w.byMonth!, w.month!, dashboard.byMonth),
    bucketSheet(w.byKind!, w.kind!, dashboard.byKind),
    bucketSheet(w.byRegion!, w.region!, dashboard.byRegion),
  ]);
}
