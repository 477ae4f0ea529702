import { useTranslation } from 'react-i18next';
import type { ScheduleReport } from '../../../../modules/trade/contract.ts';
import { useLocalized } from '../../../i18n/use-localized.ts';

/** What a schedule run wrote: value against the proven bound, the moves, and why each unplaced request got no meeting. */
export function ScheduleReportView({ report }: { report: ScheduleReport }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  return (
    <div className="card schedule-report" role="status" aria-label={t('conferences.admin.run.result')}>
      <p>{t('conferences.admin.report', { placed: report.placed, value: report.value, bound: report.bound, gap: (report.gap * 100).toFixed(2), baseline: report.baselineValue, seconds: (report.timeMs / 1000).toFixed(1) })}</p>
      <p>{t('conferences.admin.changes', { moved: report.moved, kept: report.kept, added: report.added, dropped: report.dropped })}</p>
      {report.unplaced.length > 0 && (
        <ul>{report.unplaced.map((u) => <li key={u.requestId}>{u.producerName} – {u.buyerName}: {pick(u.text)}</li>)}</ul>
      )}
    </div>
  );
}
