import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { Conference, FrameworkAgreementList, Participants } from '../../../modules/trade/contract.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { formatDate } from '../../format.ts';
import { useLocalized } from '../../i18n/use-localized.ts';
import { QueryView } from '../../kit/list/QueryView.tsx';
import { useApiQuery } from '../../kit/query/useApiQuery.ts';
import { useSession } from '../../session/session-context.ts';
import { RegisterSection } from './RegisterSection.tsx';

/** `/conferences/:slug`: programme, B2B sessions, the buyers at the tables, framework agreements. */
export default function ConferencePage() {
  const { slug = '' } = useParams();
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const session = useSession();
  const conference = useApiQuery<Conference>(`/api/conferences/${slug}`);
  const participants = useApiQuery<Participants>(`/api/conferences/${slug}/participants`);
  const frameworks = useApiQuery<FrameworkAgreementList>(`/api/conferences/${slug}/framework-agreements`);
  usePageTitle(conference.data ? pick(conference.data.name) : t('conferences.title'));
  const role = session.user?.role;
  return (
    <section className="page" aria-labelledby="page-title">
      <QueryView query={conference}>
        {(c) => (
          <>
            <h1 id="page-title">{pick(c.name)}</h1>
            <p className="lead">{pick(c.description)}</p>
            <p>
              <span className="badge">{t(`conferences.status.${c.status}`)}</span>{' '}
              {t('conferences.dates', { from: formatDate(c.startsOn), to: formatDate(c.endsOn) })} · {pick(c.venue)}{c.venueAddress ? `, ${c.venueAddress}` : ''}
            </p>
            {session.user && (role === 'producer' || role === 'buyer') && (
              <RegisterSection conference={c} participants={participants.data} user={session.user} />
            )}
            <h2>{t('conferences.programme')}</h2>
            <ul>
              {c.programme.map((p, i) => <li key={i}>{formatDate(p.day)} {p.startsAt}–{p.endsAt}: {pick(p.title)}</li>)}
            </ul>
            <h2>{t('conferences.sessions')}</h2>
            <ul>
              {c.sessions.map((s, i) => (
                <li key={i}>{t('conferences.session', { day: formatDate(s.day), from: s.startsAt, slots: s.slots, minutes: s.slotMinutes })}</li>
              ))}
            </ul>
          </>
        )}
      </QueryView>
      <QueryView query={participants}>
        {(p) => (
          <>
            <h2>{t('conferences.buyers', { n: p.buyers.length })}</h2>
            <ul className="conference-buyers">
              {p.buyers.map((b) => (
                <li key={b.id} id={b.tableCode ? `table-${b.tableCode}` : undefined}>
                  <strong>{b.organisation.name}</strong> · {t(`conferences.buyerKind.${b.organisation.kind}`)}
                  {b.tableCode ? ` · ${t('conferences.table', { code: b.tableCode })}` : ''}
                </li>
              ))}
            </ul>
            <p className="muted">{t('conferences.producersTaking', { n: p.producers.length })}</p>
          </>
        )}
      </QueryView>
      <QueryView query={frameworks} isEmpty={(f) => f.items.length === 0} empty={null}>
        {(f) => (
          <>
            <h2>{t('conferences.frameworks')}</h2>
            <ul>{f.items.map((a) => <li key={a.id}>{formatDate(a.signedOn)}: {pick(a.title)}</li>)}</ul>
          </>
        )}
      </QueryView>
    </section>
  );
}
