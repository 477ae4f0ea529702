import { useTranslation } from 'react-i18next';
import type { AllocationReport } from '../../../../../modules/fairs/contract.ts';
import { formatDateTime } from '../../../../format.ts';
import { useNumberFormat } from '../../shared/number-format.ts';
import { isUnplacedReason } from '../../shared/codes.ts';

/** What a finished run placed, how close to the bound, and why the others were not placed. */
export function AllocationReportView({ report }: { report: AllocationReport }) {
  const { t } = useTranslation();
  const n = useNumberFormat();
  const cards: [string, string][] = [
    ['placed', n.integer(report.placed)],
    ['unplaced', n.integer(report.unplaced.length)],
    ['objective', n.decimal(report.objective, 1)],
    ['bound', n.decimal(report.bound, 1)],
    ['gap', n.percent(report.gap, 2)],
  ];
  return (
    <div className="allocation-report" role="status" aria-label={t('adminFairs.allocation.report')}>
      <dl className="stat-grid">
        {cards.map(([key, value]) => (
          <div key={key} className="stat-card">
            <dt>{t(`adminFairs.allocation.${key}`)}</dt>
            <dd className="stat-card__number">{value}</dd>
          </div>
        ))}
      </dl>
      <p className="muted">
        {t('adminFairs.allocation.method', { method: report.method })} · {t('adminFairs.allocation.holdUntil', { at: formatDateTime(report.holdExpiresAt) })}
        {' · '}
        {t('adminFairs.allocation.provinceSpread', { before: report.sameProvinceNeighbours.before, after: report.sameProvinceNeighbours.after })}
      </p>
      {report.unplaced.length > 0 && (
        <details>
          <summary>{t('adminFairs.allocation.unplacedTitle')} ({n.integer(report.unplaced.length)})</summary>
          <ul className="unplaced-list">
            {report.unplaced.map((u) => (
              <li key={u.applicationId}>
                <strong>{u.producerName}</strong>: {isUnplacedReason(u.reason) ? t(`adminFairs.unplaced.${u.reason}`) : u.reason}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
