import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Conference, ConferenceDashboard, Participants } from '../../../../modules/trade/contract.ts';
import { errorMessage } from '../../../api/error-message.ts';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { formatDate, formatVnd } from '../../../format.ts';
import { useLocalized } from '../../../i18n/use-localized.ts';
import { QueryView } from '../../../kit/list/QueryView.tsx';
import { useApiMutation } from '../../../kit/query/useApiMutation.ts';
import { useApiQuery } from '../../../kit/query/useApiQuery.ts';
import { AgreementsSection } from './AgreementsSection.tsx';
import { FrameworkAgreementsSection } from './FrameworkAgreementsSection.tsx';
import { MeetingsSection } from './MeetingsSection.tsx';
import { SchedulePanel } from './SchedulePanel.tsx';
import OutcomesChart from './OutcomesChart.tsx';
import './conferences-admin.css';

/** `/admin/conferences/:slug`: the stage, the schedule runs (SchedulePanel), meetings (placed by hand, locks, check-in), MOUs, outcomes. */
export default function ConferenceAdminPage() {
  const { slug = '' } = useParams();
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const base = `/api/conferences/${slug}`;
  const conference = useApiQuery<Conference>(base);
  const participants = useApiQuery<Participants>(`${base}/participants`);
  usePageTitle(conference.data ? pick(conference.data.name) : t('conferences.admin.title'));
  const move = useApiMutation<void, { status: string }>({ method: 'PATCH', path: base });
  return (
    <section className="page" aria-labelledby="page-title">
      <QueryView query={conference}>
        {(c) => (
          <>
            <div className="page-heading">
              <h1 id="page-title">{pick(c.name)}</h1>
              <Link className="button" to={`/admin/conferences/${c.slug}/edit`}>{t('conferences.form.edit')}</Link>
            </div>
            <p>
              {t('conferences.dates', { from: formatDate(c.startsOn), to: formatDate(c.endsOn) })} · {t('conferences.counts', { producers: c.producerCount, buyers: c.buyerCount })}
            </p>
            <p>
              {t('conferences.admin.stage')}: <strong>{t(`conferences.status.${c.status}`)}</strong>{' '}
              {c.nextStatuses.map((s) => (
                <button key={s} type="button" className="button" disabled={move.isPending} onClick={() => move.mutate({ status: s })}>
                  {t('conferences.admin.moveTo', { status: t(`conferences.status.${s}`) })}
                </button>
              ))}
            </p>
            {move.error && <p className="form-error" role="alert">{errorMessage(t, move.error)}</p>}
            <p>
              <a className="button" href={`${base}/table-signs.pdf`} target="_blank" rel="noreferrer">{t('conferences.admin.tableSigns')}</a>{' '}
              <a className="button" href={`${base}/dashboard.xlsx`} download>{t('conferences.admin.export')}</a>
            </p>
            <SchedulePanel conference={c} base={base} />
          </>
        )}
      </QueryView>
      {conference.data && <MeetingsSection conference={conference.data} participants={participants.data} />}
      {conference.data && <AgreementsSection conference={conference.data} participants={participants.data} />}
      {conference.data && <FrameworkAgreementsSection conference={conference.data} />}
      <Outcomes base={base} />
    </section>
  );
}

function Outcomes({ base }: { base: string }) {
  const { t } = useTranslation();
  const dashboard = useApiQuery<ConferenceDashboard>(`${base}/dashboard`);
  return (
    <QueryView query={dashboard}>
      {(d) => (
        <>
          <h2>{t('conferences.admin.outcomes')}</h2>
          <p>{t('conferences.admin.outcomeLine', { held: d.meetings.held, scheduled: d.meetings.scheduled, noShow: d.meetings.noShow, mou: d.agreements.mou, contract: d.agreements.contract, value: formatVnd(d.agreements.valueVnd), frameworks: d.frameworkAgreements })}</p>
          <OutcomesChart title={t('conferences.admin.byBuyerKind')} rows={d.byBuyerKind} />
          <OutcomesChart title={t('conferences.admin.byProductGroup')} rows={d.byProductGroup} />
          <OutcomesChart title={t('conferences.admin.byProvince')} rows={d.byProvince.slice(0, 12)} />
        </>
      )}
    </QueryView>
  );
}
