import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Agenda, Conference, MeetingRequest, MeetingRequestList, Suggestion, SuggestionList } from '../../../modules/trade/contract.ts';
import { errorMessage } from '../../api/error-message.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { formatDate, formatDateTime } from '../../format.ts';
import { useLocalized } from '../../i18n/use-localized.ts';
import { ConfirmDialog } from '../../kit/dialog/ConfirmDialog.tsx';
import { DataTable, type Column } from '../../kit/list/DataTable.tsx';
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
  const columns: Column<MeetingRequest>[] = [
    { id: 'producer', header: t('conferences.workspace.producer'), cell: (r) => r.producerName },
    { id: 'buyer', header: t('conferences.workspace.buyer'), cell: (r) => <>{r.buyerName}{r.message ? <div className="muted">“{r.message}”</div> : null}</> },
    { id: 'status', header: t('conferences.workspace.status'), cell: (r) => t(`conferences.requestStatus.${r.status}`) },
    { id: 'expires', header: t('conferences.workspace.expires'), cell: (r) => (r.status === 'pending' ? formatDateTime(r.expiresAt) : '–') },
    {
      id: 'answer', header: t('conferences.workspace.answer'), hideHeader: true,
      cell: (r) => (
        <span className="actions actions--tight">
          {r.status === 'pending' && (
            <>
              <button type="button" className="button button--primary" disabled={answer.isPending} onClick={() => answer.mutate({ id: r.id, verb: 'accept' })}
                aria-label={t('conferences.workspace.acceptFrom', { name: `${r.producerName} – ${r.buyerName}` })}>{t('conferences.workspace.accept')}</button>
              <button type="button" className="button" disabled={answer.isPending} onClick={() => answer.mutate({ id: r.id, verb: 'decline' })}>{t('conferences.workspace.decline')}</button>
            </>
          )}
          {(r.status === 'pending' || r.status === 'accepted') && (
            <button type="button" className="button" disabled={answer.isPending} onClick={() => answer.mutate({ id: r.id, verb: 'cancel' })}>{t('conferences.workspace.cancel')}</button>
          )}
        </span>
      ),
    },
  ];
  return (
    <section aria-labelledby="requests-title">
      <h2 id="requests-title">{t('conferences.workspace.requests')}</h2>
      {answer.error && <p className="form-error" role="alert">{errorMessage(t, answer.error)}</p>}
      <QueryView query={requests} isEmpty={(r) => r.items.length === 0} empty={t('conferences.workspace.noRequests')}>
        {(r) => <DataTable rows={r.items} columns={columns} rowKey={(item) => item.id} caption={t('conferences.workspace.requests')} />}
      </QueryView>
    </section>
  );
}

type AgendaItem = Agenda['items'][number];

function AgendaView({ base }: { base: string }) {
  const { t } = useTranslation();
  const agenda = useApiQuery<Agenda>(`${base}/agenda`);
  const columns: Column<AgendaItem>[] = [
    { id: 'when', header: t('conferences.workspace.when'), cell: (m) => `${formatDate(m.day)} ${m.startsAt}–${m.endsAt}` },
    { id: 'table', header: t('conferences.workspace.table'), cell: (m) => m.tableCode },
    { id: 'partner', header: t('conferences.workspace.partner'), cell: (m) => m.partnerName },
    { id: 'status', header: t('conferences.workspace.status'), cell: (m) => t(`conferences.meetingStatus.${m.status}`) },
  ];
  return (
    <section aria-labelledby="agenda-title">
      <h2 id="agenda-title">{t('conferences.workspace.agenda')}</h2>
      <p className="actions actions--tight">
        <a className="button" href={`${base}/agenda.ics`} download>{t('conferences.workspace.ics')}</a>
        <a className="button" href={`${base}/agenda.pdf`} target="_blank" rel="noreferrer">{t('conferences.workspace.pdf')}</a>
      </p>
      <QueryView query={agenda} isEmpty={(a) => a.items.length === 0} empty={t('conferences.workspace.noMeetings')}>
        {(a) => <DataTable rows={a.items} columns={columns} rowKey={(m) => m.meetingId} caption={t('conferences.workspace.agenda')} />}
      </QueryView>
    </section>
  );
}
