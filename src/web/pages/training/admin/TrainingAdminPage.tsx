import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CourseList } from '../../../../modules/training/contract.ts';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { formatDate } from '../../../format.ts';
import { useLocalized } from '../../../i18n/use-localized.ts';
import { DataTable } from '../../../kit/list/DataTable.tsx';
import { QueryView } from '../../../kit/list/QueryView.tsx';
import { useApiQuery } from '../../../kit/query/useApiQuery.ts';

type Row = CourseList['items'][number];

/** `/admin/training`: every course (drafts too), to take attendance and issue certificates. */
export default function TrainingAdminPage() {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  usePageTitle(t('adminTraining.title'));
  const list = useApiQuery<CourseList>('/api/training/courses', { all: true });
  return (
    <section className="page" aria-labelledby="page-title">
      <h1 id="page-title">{t('adminTraining.title')}</h1>
      <QueryView query={list} isEmpty={(d) => d.items.length === 0} empty={t('training.none')}>
        {(data) => (
          <DataTable<Row>
            caption={t('adminTraining.title')}
            rows={data.items}
            rowKey={(c) => c.id}
            columns={[
              { id: 'name', header: t('adminTraining.course'), cell: (c) => <Link to={`/admin/training/${c.slug}`}>{pick(c.name)}</Link> },
              { id: 'status', header: t('adminTraining.status'), cell: (c) => t(`training.status.${c.status}`) },
              { id: 'dates', header: t('adminTraining.dates'), cell: (c) => (c.firstDay && c.lastDay ? t('training.dates', { from: formatDate(c.firstDay), to: formatDate(c.lastDay) }) : '') },
              { id: 'seats', header: t('adminTraining.seats'), className: 'num', cell: (c) => `${c.enrolledCount}/${c.capacity}` },
            ]}
          />
        )}
      </QueryView>
    </section>
  );
}
