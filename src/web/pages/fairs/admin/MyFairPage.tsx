import { useTranslation } from 'react-i18next';
import '../shared/fairs.css';
import { Link, useParams } from 'react-router';
import type { ApplicationList, Fair } from '../../../../modules/fairs/contract.ts';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { formatDate } from '../../../format.ts';
import { useLocalized } from '../../../i18n/use-localized.ts';
import { QueryView } from '../../../kit/list/QueryView.tsx';
import { useApiQuery } from '../../../kit/query/useApiQuery.ts';
import { useSession } from '../../../session/session-context.ts';
import { FairStatusBadge } from '../shared/FairStatusBadge.tsx';
import { useNumberFormat } from '../shared/number-format.ts';
import { ApplicationStatusView } from './my-fair/ApplicationStatusView.tsx';
import { ApplyForm } from './my-fair/ApplyForm.tsx';
import { DailyReportForm } from './my-fair/DailyReportForm.tsx';

/** `/admin/my-fairs/:slug`: apply, follow the decision, confirm the offered stall, report each day. */
export default function MyFairPage() {
  const { slug = '' } = useParams();
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const fair = useApiQuery<Fair>(`/api/fairs/${encodeURIComponent(slug)}`);
  const applications = useApiQuery<ApplicationList>(`/api/fairs/${encodeURIComponent(slug)}/applications`, { pageSize: 10 });
  usePageTitle(fair.data ? pick(fair.data.name) : t('myFairs.title'));
  return (
    <QueryView query={fair}>
      {(f) => (
        <QueryView query={applications}>
          {(list) => <MyFair fair={f} list={list} />}
        </QueryView>
      )}
    </QueryView>
  );
}

function MyFair({ fair, list }: { fair: Fair; list: ApplicationList }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const n = useNumberFormat();
  const session = useSession();
  const producerId = session.status === 'signed-in' ? session.user.producerId : null;
  const application = list.items[0] ?? null;
  return (
    <section className="page my-fair" aria-labelledby="page-title">
      <p className="back-link">
        <Link to="/admin/my-fairs">← {t('myFairs.title')}</Link>
      </p>
      <h1 id="page-title">{pick(fair.name)}</h1>
      <p className="muted">
        <FairStatusBadge status={fair.status} /> {t('fairs.dates', { from: formatDate(fair.startsOn), to: formatDate(fair.endsOn) })} · {pick(fair.venue)} ·{' '}
        <Link to={`/fairs/${fair.slug}`}>{t('admin.viewPublic')}</Link>
      </p>
      <p className="notice">
        <span className="notice-icon" aria-hidden="true">ℹ</span>
        {t('myFairs.rules', { fee: n.vnd(fair.stallFeeVnd), subsidy: fair.subsidyPercent, max: fair.maxStallsPerProducer, stars: fair.minStars, hours: fair.holdHours })}
      </p>
      {application ? (
        <>
          <ApplicationStatusView fair={fair} application={application} />
          {application.stalls.some((s) => s.status === 'confirmed') && <DailyReportForm fair={fair} application={application} />}
        </>
      ) : fair.status === 'applications-open' ? (
        producerId ? <ApplyForm fair={fair} producerId={producerId} /> : <p>{t('myFairs.noProducer')}</p>
      ) : (
        <p className="notice" role="status">
          {t('myFairs.notOpen')}
        </p>
      )}
    </section>
  );
}
