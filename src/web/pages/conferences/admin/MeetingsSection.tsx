import { useTranslation } from 'react-i18next';
import type { Conference, Meeting, MeetingList, Participants } from '../../../../modules/trade/contract.ts';
import { errorMessage } from '../../../api/error-message.ts';
import { formatDate } from '../../../format.ts';
import { useConfirm } from '../../../kit/dialog/useConfirm.tsx';
import { DataTable, type Column } from '../../../kit/list/DataTable.tsx';
import { QueryView } from '../../../kit/list/QueryView.tsx';
import { useApiMutation } from '../../../kit/query/useApiMutation.ts';
import { useApiQuery } from '../../../kit/query/useApiQuery.ts';
import { MeetingForm } from './MeetingForm.tsx';

type CheckIn = { id: string; status: 'held' | 'no-show'; absent?: 'producer' | 'buyer' | 'both' };
const PLACING = ['matching', 'scheduled', 'running'];

/**
 * Every meeting by slot and table: lock or unlock it (the scheduler keeps locked ones), remove
 * one not yet checked in, check in at the table while the conference runs; and, while meetings
 * may be placed, the form to place one by hand.
 */
export function MeetingsSection({ conference, participants }: { conference: Conference; participants: Participants | undefined }) {
  const { t } = useTranslation();
  const confirm = useConfirm();
  const base = `/api/conferences/${conference.slug}`;
  const meetings = useApiQuery<MeetingList>(`${base}/meetings`);
  const running = conference.status === 'running';
  const placing = PLACING.includes(conference.status);
  const checkIn = useApiMutation<void, CheckIn>({ path: (v) => `${base}/meetings/${v.id}/check-in`, body: ({ status, absent }) => (absent ? { status, absent } : { status }), invalidates: [base] });
  const lock = useApiMutation<void, { id: string; locked: boolean }>({ method: 'PATCH', path: (v) => `${base}/meetings/${v.id}`, body: ({ locked }) => ({ locked }), invalidates: [`${base}/meetings`] });
  const remove = useApiMutation<void, string>({ method: 'DELETE', path: (id) => `${base}/meetings/${id}`, body: () => undefined, invalidates: [base] });
  const who = (m: Meeting) => `${m.producerName} – ${m.buyerName}`;
  const onRemove = async (m: Meeting) => {
    const ok = await confirm({ title: t('conferences.meetings.removeTitle'), message: t('conferences.meetings.removeConfirm', { pair: who(m), when: `${formatDate(m.day)} ${m.startsAt}` }), confirmLabel: t('conferences.meetings.remove'), tone: 'danger' });
    if (ok) remove.mutate(m.id);
  };
  const columns: Column<Meeting>[] = [
    { id: 'when', header: t('conferences.workspace.when'), cell: (m) => `${formatDate(m.day)} ${m.startsAt}` },
    { id: 'table', header: t('conferences.workspace.table'), cell: (m) => m.tableCode },
    { id: 'producer', header: t('conferences.workspace.producer'), cell: (m) => m.producerName },
    { id: 'buyer', header: t('conferences.workspace.buyer'), cell: (m) => m.buyerName },
    { id: 'status', header: t('conferences.workspace.status'), cell: (m) => `${t(`conferences.meetingStatus.${m.status}`)}${m.locked ? ` · ${t('conferences.admin.locked')}` : ''}` },
    {
      id: 'actions', header: t('conferences.meetings.actions'),
      cell: (m) => (
        <span className="actions actions--tight">
          <button type="button" className="button" disabled={lock.isPending} aria-pressed={m.locked} onClick={() => lock.mutate({ id: m.id, locked: !m.locked })}
            aria-label={m.locked ? t('conferences.meetings.unlockPair', { pair: who(m) }) : t('conferences.meetings.lockPair', { pair: who(m) })}>
            {m.locked ? t('conferences.meetings.unlock') : t('conferences.meetings.lock')}
          </button>
          {placing && m.status === 'scheduled' && (
            <button type="button" className="button" disabled={remove.isPending} onClick={() => void onRemove(m)} aria-label={t('conferences.meetings.removePair', { pair: who(m) })}>
              {t('conferences.meetings.remove')}
            </button>
          )}
          {running && m.status === 'scheduled' && (
            <>
              <button type="button" className="button" onClick={() => checkIn.mutate({ id: m.id, status: 'held' })}>{t('conferences.admin.held')}</button>
              <button type="button" className="button" onClick={() => checkIn.mutate({ id: m.id, status: 'no-show', absent: 'both' })}>{t('conferences.admin.noShow')}</button>
            </>
          )}
        </span>
      ),
    },
  ];
  const failure = checkIn.error ?? lock.error ?? remove.error;
  return (
    <section aria-labelledby="meetings-title">
      <h2 id="meetings-title">{t('conferences.admin.meetings')}</h2>
      {placing && participants && (
        <details className="conference-tools">
          <summary>{t('conferences.meetingForm.title')}</summary>
          <MeetingForm conference={conference} participants={participants} />
        </details>
      )}
      {failure && <p className="form-error" role="alert">{errorMessage(t, failure)}</p>}
      <QueryView query={meetings} isEmpty={(d) => d.items.length === 0} empty={t('conferences.workspace.noMeetings')}>
        {(d) => <DataTable rows={d.items} columns={columns} rowKey={(m) => m.id} caption={t('conferences.admin.meetings')} />}
      </QueryView>
    </section>
  );
}
