import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TraineeRecord } from '../../../../modules/training/contract.ts';
import { formatDate } from '../../../format.ts';
import { useLocalized } from '../../../i18n/use-localized.ts';
import { DataTable, type Column } from '../../../kit/list/DataTable.tsx';
import { QueryView } from '../../../kit/list/QueryView.tsx';
import { useApiQuery } from '../../../kit/query/useApiQuery.ts';

type Item = TraineeRecord['items'][number];

/** On a producer's or a point's back-office page: the courses its people took, and their certificates. */
export function TraineeCourses({ producerId, pointId }: { producerId?: string; pointId?: string }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const record = useApiQuery<TraineeRecord>('/api/training/trainees', producerId ? { producer: producerId } : { point: pointId });
  const columns: Column<Item>[] = [
    { id: 'course', header: t('training.record.course'), cell: (i) => <Link to={`/training/${i.course.slug}`}>{pick(i.course.name)}</Link> },
    { id: 'dates', header: t('training.record.dates'), cell: (i) => (i.course.firstDay && i.course.lastDay ? t('training.dates', { from: formatDate(i.course.firstDay), to: formatDate(i.course.lastDay) }) : '—') },
    { id: 'trainee', header: t('training.record.trainee'), cell: (i) => i.fullName },
    { id: 'status', header: t('training.record.status'), cell: (i) => t(`training.record.statuses.${i.status}`) },
    {
      id: 'certificate', header: t('training.record.certificate'),
      cell: (i) => (i.certificate
        ? <><Link to={`/training/certificates/${i.certificate.code}`}>{formatDate(i.certificate.issuedOn)}</Link>{i.certificate.revoked ? ` (${t('training.record.revoked')})` : ''}</>
        : '—'),
    },
  ];
  return (
    <section aria-labelledby="trainee-courses">
      <h2 id="trainee-courses">{t('training.record.title')}</h2>
      <QueryView query={record} isEmpty={(d) => d.items.length === 0} empty={t('training.record.none')}>
        {(data) => <DataTable caption={t('training.record.title')} columns={columns} rows={data.items} rowKey={(i) => i.enrolmentId} />}
      </QueryView>
    </section>
  );
}
