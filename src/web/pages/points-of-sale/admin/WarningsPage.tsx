import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { EarlyWarnings, ProgrammeSupport, SalesDashboard } from '../../../../modules/outlets/contract.ts';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { formatDate, formatVnd } from '../../../format.ts';
import { useLocalized } from '../../../i18n/use-localized.ts';
import { DataTable, type Column } from '../../../kit/list/DataTable.tsx';
import { QueryView } from '../../../kit/list/QueryView.tsx';
import { useApiQuery } from '../../../kit/query/useApiQuery.ts';
import { MonthBars } from '../shared/MonthBars.tsx';
import { progressText } from './SupportSection.tsx';
import '../points-of-sale.css';

type DashboardPoint = SalesDashboard['points'][number];

/** `/admin/points-of-sale/warnings`: points failing with their reasons, sales across points, support across the programme. */
export default function WarningsPage() {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  usePageTitle(t('pointsOfSaleAdmin.warnings'));
  const warnings = useApiQuery<EarlyWarnings>('/api/outlets/early-warnings');
  const sales = useApiQuery<SalesDashboard>('/api/outlets/sales');
  const support = useApiQuery<ProgrammeSupport>('/api/outlets/support');
  const columns: Column<DashboardPoint>[] = [
    { id: 'name', header: t('pointsOfSaleAdmin.name'), cell: (p) => <Link to={`/admin/points-of-sale/${p.slug}`}>{pick(p.name)}</Link> },
    { id: 'last', header: t('pointsOfSaleAdmin.sales.lastMonth'), className: 'num', cell: (p) => (p.lastMonthVnd === null ? '–' : formatVnd(p.lastMonthVnd)) },
    { id: 'year', header: t('pointsOfSaleAdmin.sales.last12'), className: 'num', cell: (p) => formatVnd(p.last12Vnd) },
  ];
  return (
    <section className="page page--wide" aria-labelledby="page-title">
      <h1 id="page-title">{t('pointsOfSaleAdmin.warnings')}</h1>
      <QueryView query={warnings}>
        {(data) => (
          <>
            <p className="muted">{t('pointsOfSaleAdmin.checkedOn', { day: formatDate(data.checkedOn), count: data.points.length })}</p>
            <ul className="pos-warning-list">
              {data.points.map((p) => (
                <li key={p.pointId} className="card">
                  <h2><Link to={`/admin/points-of-sale/${p.slug}`}>{pick(p.name)}</Link></h2>
                  <p className="muted">{p.commune}</p>
                  <ul>{p.reasons.map((r) => <li key={r.rule}>{pick(r.message)}</li>)}</ul>
                </li>
              ))}
            </ul>
          </>
        )}
      </QueryView>
      <h2>{t('pointsOfSaleAdmin.sales.across')}</h2>
      <QueryView query={sales}>
        {(data) => (
          <>
            <MonthBars months={data.months.map((m) => ({ month: m.month, value: m.totalVnd }))} label={t('pointsOfSaleAdmin.sales.across')} />
            <DataTable caption={t('pointsOfSaleAdmin.sales.across')} columns={columns} rows={data.points} rowKey={(p) => p.pointId} />
          </>
        )}
      </QueryView>
      <h2>{t('pointsOfSaleAdmin.support.title')}</h2>
      <QueryView query={support}>{(data) => <p>{progressText(t, data.total)}</p>}</QueryView>
    </section>
  );
}
