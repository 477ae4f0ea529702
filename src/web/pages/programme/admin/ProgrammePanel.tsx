import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ProgrammeDashboard } from '../../../../modules/programme/contract.ts';
import { clock } from '../../../../shared/time/clock.ts';
import { formatVnd } from '../../../format.ts';
import { QueryView } from '../../../kit/list/QueryView.tsx';
import { useApiQuery } from '../../../kit/query/useApiQuery.ts';

/** On /admin for staff: this year's programme in three figures, to the dashboard and the projects. */
export default function ProgrammePanel() {
  const { t } = useTranslation();
  const year = Number(clock.today().slice(0, 4));
  const dashboard = useApiQuery<ProgrammeDashboard>('/api/programme/dashboard', { year });
  return (
    <section className="card" aria-labelledby="programme-panel">
      <h2 id="programme-panel">{t('programme.admin.section')}</h2>
      <QueryView query={dashboard}>
        {(d) => (
          <p>
            {t('programme.panel.summary', { year, activities: d.activities.length, sales: formatVnd(d.totals.fairSalesVnd + d.totals.pointSalesVnd), mous: d.totals.mous })}
          </p>
        )}
      </QueryView>
      <p>
        <Link to="/admin/programme">{t('programme.admin.dashboard')}</Link> · <Link to="/admin/programme/projects/new">{t('programme.admin.newProject')}</Link>
      </p>
    </section>
  );
}
