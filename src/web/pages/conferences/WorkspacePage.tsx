import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Agenda, Conference, MeetingRequestList, Suggestion, SuggestionList } from '../../../modules/trade/contract.ts';
import { errorMessage } from '../../api/error-message.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { formatDate, formatDateTime } from '../../format.ts';
import { useLocalized } from '../../i18n/use-localized.ts';
import { ConfirmDialog } from '../../kit/dialog/ConfirmDialog.tsx';
import { QueryView } from '../../kit/list/QueryView.tsx';
import { useApiMutation } from '../../kit/query/useApiMutation.ts';
import { useApiQuery } from '../../kit/query/useApiQuery.ts';

/** `/conferences/:slug/workspace`: a producer's or buyer's suggestions, requests and agenda. */
export default function WorkspacePage() {
  const { slug = '' } = useParams();
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const base = `/api/conferences/${slug}`;
  const conference = useApiQuery<Conference>(base);
  usePageTitle(t('conferences.workspace.title'));
  return (
    <section className="page" aria-labelledby="page-title">
      <h1 id="page-title">{t('conferences.workspace.title')}</h1>
      {conference.data && <p className="lead"><Link to={`/conferences/${slug}`}>{pick(conference.data.name)}</Link></p>}
      <Requests base={base} />
      <AgendaView base={base} />
      <Suggestions base={base} />
    </section>
  );
}

function Suggestions({ base }: { base: string }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const suggestions = useApiQuery<SuggestionList>(`${base}/suggestions`);
  const [asking, setAsking] = useState<Suggestion | null>(null);
  const [message, setMessage] = useState('');
  const send = useApiMutation<{ id: string }, Suggestion>({
    path: `${base}/requests`,
    body: (s) => ({ [s.side === 'buyer' ? 'buyerEntryId' : 'producerEntryId']: s.entryId, message }),
    onSuccess: () => { setAsking(null); setMessage(''); },
  });
  return (
    <>
      <h2>{t('conferences.workspace.suggestions')}</h2>
      <QueryView query={suggestions} isEmpty={(s) => s.items.length === 0} empty={t('conferences.workspace.noSuggestions')}>
        {(s) => (
          <ol className="suggestions">
            {s.items.map((item) => (
              <li key={item.entryId} className="card">
                <strong>{item.name}</strong> <span className="muted">{t('conferences.workspace.fit', { score: item.score })}</span>
                <ul>{item.reasons.map((r) => <li key={r.code}>{pick(r.text)}</li>)}</ul>
                {item.requested
                  ? <p className="muted">{t('conferences.workspace.alreadyRequested')}</p>
                  : <button type="button" className="button" onClick={() => setAsking(item)}>{t('conferences.workspace.request', { name: item.name })}</button>}
              </li>
            ))}
          </ol>
        )}
      </QueryView>
      <ConfirmDialog open={asking !== null} title={t('conferences.workspace.requestTitle', { name: asking?.name ?? '' })} confirmLabel={t('conferences.workspace.send')}
        busy={send.isPending} error={send.error ? errorMessage(t, send.error) : null}
        onConfirm={() => asking && send.mutate(asking)} onCancel={() => setAsking(null)}>
        <label htmlFor="request-message">{t('conferences.workspace.message')}</label>
        <textarea id="request-message" value={message} maxLength={2000} onChange={(e) => setMessage(e.target.value)} />
      </ConfirmDialog>
    </>
  );
}

function Requests({ base }: { base: string }) {
  const { t } = useTranslation();
  const requests = useApiQuery<MeetingRequestList>(`${base}/requests`);
  const answer = useApiMutation<{ meetingId: string | null }, { id: string; verb: 'accept' | 'decline' | 'cancel' }>({
    path: (v) => `${base}/requests/${v.id}/${v.verb}`, body: () => ({}),
  });
  return (
    <>
      <h2>{t('conferences.workspace.requests')}</h2>
      {answer.error && <p className="form-error" role="alert">{errorMessage(t, answer.error)}</p>}
      <QueryView query={requests} isEmpty={(r) => r.items.length === 0} empty={t('conferences.workspace.noRequests')}>
        {(r) => (
          <table className="data-table">
            <thead><tr><th>{t('conferences.workspace.producer')}</th><th>{t('conferences.workspace.buyer')}</th><th>{t('conferences.workspace.status')}</th><th>{t('conferences.workspace.expires')}</th><th /></tr></thead>
            <tbody>
              {r.items.map((item) => (
                <tr key={item.id}>
                  <td>{item.producerName}</td>
                  <td>{item.buyerName}{item.message ? <div className="muted">“{item.message}”</div> : null}</td>
                  <td>{t(`conferences.requestStatus.${item.status}`)}</td>
                  <td>{item.status === 'pending' ? formatDateTime(item.expiresAt) : ''}</td>
                  <td>
                    {item.status === 'pending' && (
                      <>
                        <button type="button" className="button button--primary" disabled={answer.isPending} onClick={() => answer.mutate({ id: item.id, verb: 'accept' })}
                          aria-label={t('conferences.workspace.acceptFrom', { name: `${item.producerName} – ${item.buyerName}` })}>{t('conferences.workspace.accept')}</button>{' '}
                        <button type="button" className="button" disabled={answer.isPending} onClick={() => answer.mutate({ id: item.id, verb: 'decline' })}>{t('conferences.workspace.decline')}</button>{' '}
                      </>
                    )}
                    {(item.status === 'pending' || item.status === 'accepted') && (
                      <button type="button" className="button" disabled={answer.isPending} onClick={() => answer.mutate({ id: item.id, verb: 'cancel' })}>{t('conferences.workspace.cancel')}</button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </QueryView>
    </>
  );
}

function AgendaView({ base }: { base: string }) {
  const { t } = useTranslation();
  const agenda = useApiQuery<Agenda>(`${base}/agenda`);
  return (
    <>
      <h2>{t('conferences.workspace.agenda')}</h2>
      <p>
        <a className="button" href={`${base}/agenda.ics`} download>{t('conferences.workspace.ics')}</a>{' '}
        <a className="button" href={`${base}/agenda.pdf`} target="_blank" rel="noreferrer">{t('conferences.workspace.pdf')}</a>
      </p>
      <QueryView query={agenda} isEmpty={(a) => a.items.length === 0} empty={t('conferences.workspace.noMeetings')}>
        {(a) => (
          <table className="data-table agenda">
            <thead><tr><th>{t('conferences.workspace.when')}</th><th>{t('conferences.workspace.table')}</th><th>{t('conferences.workspace.partner')}</th><th>{t('conferences.workspace.status')}</th></tr></thead>
            <tbody>
              {a.items.map((m) => (
                <tr key={m.meetingId}>
                  <td>{formatDate(m.day)} {m.startsAt}–{m.endsAt}</td><td>{m.tableCode}</td><td>{m.partnerName}</td><td>{t(`conferences.meetingStatus.${m.status}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </QueryView>
    </>
  );
}
