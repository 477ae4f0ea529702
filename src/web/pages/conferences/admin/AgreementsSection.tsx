import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Agreement, AgreementList, AgreementUpdate, Conference, Participants } from '../../../../modules/trade/contract.ts';
import { FOLLOW_UP_STATUSES, type FollowUpStatus } from '../../../../modules/trade/domain/values.ts';
import { clock } from '../../../../shared/time/clock.ts';
import { errorMessage } from '../../../api/error-message.ts';
import { formatDate, formatVnd, parseDate } from '../../../format.ts';
import { ConfirmDialog } from '../../../kit/dialog/ConfirmDialog.tsx';
import { DataTable, type Column } from '../../../kit/list/DataTable.tsx';
import { QueryView } from '../../../kit/list/QueryView.tsx';
import { useApiMutation } from '../../../kit/query/useApiMutation.ts';
import { useApiQuery } from '../../../kit/query/useApiQuery.ts';
import { AgreementForm } from './AgreementForm.tsx';

const OUTCOMES_OPEN = ['scheduled', 'running', 'closed'];

/** The MOUs and contracts signed at the conference, their follow-up, and the form to record one. */
export function AgreementsSection({ conference, participants }: { conference: Conference; participants: Participants | undefined }) {
  const { t } = useTranslation();
  const base = `/api/conferences/${conference.slug}`;
  const agreements = useApiQuery<AgreementList>(`${base}/agreements`);
  const [editing, setEditing] = useState<Agreement | null>(null);
  const [status, setStatus] = useState<FollowUpStatus>('signed');
  const [followUpOn, setFollowUpOn] = useState('');
  const [tried, setTried] = useState(false);
  const update = useApiMutation<void, AgreementUpdate>({ method: 'PATCH', path: `${base}/agreements/${editing?.id ?? ''}`, invalidates: [base], onSuccess: () => setEditing(null) });
  const open = (a: Agreement) => { update.reset(); setTried(false); setStatus(a.followUpStatus); setFollowUpOn(formatDate(a.followUpOn)); setEditing(a); };
  const followUpDay = followUpOn.trim() ? parseDate(followUpOn) : null;
  const badDay = followUpOn.trim() !== '' && !followUpDay;
  const columns: Column<Agreement>[] = [
    { id: 'signed', header: t('conferences.agreements.signedOn'), cell: (a) => formatDate(a.signedOn) },
    { id: 'kind', header: t('conferences.agreements.kind'), cell: (a) => t(`conferences.agreementKind.${a.kind}`) },
    { id: 'producer', header: t('conferences.workspace.producer'), cell: (a) => a.producerName },
    { id: 'buyer', header: t('conferences.workspace.buyer'), cell: (a) => a.buyerName },
    { id: 'value', header: t('conferences.agreements.value'), cell: (a) => formatVnd(a.valueVnd), className: 'num' },
    { id: 'follow', header: t('conferences.agreements.followUp'), cell: (a) => `${t(`conferences.followUp.${a.followUpStatus}`)}${a.followUpOn ? ` · ${formatDate(a.followUpOn)}` : ''}` },
    {
      id: 'edit', header: t('conferences.agreements.update'), hideHeader: true,
      cell: (a) => <button type="button" className="button" onClick={() => open(a)} aria-label={t('conferences.agreements.updateOf', { pair: `${a.producerName} – ${a.buyerName}` })}>{t('conferences.agreements.update')}</button>,
    },
  ];
  return (
    <section aria-labelledby="agreements-title">
      <h2 id="agreements-title">{t('conferences.agreements.title')}</h2>
      {OUTCOMES_OPEN.includes(conference.status) && participants ? (
        <details className="conference-tools">
          <summary>{t('conferences.agreements.new')}</summary>
          <AgreementForm base={base} participants={participants} today={clock.today()} />
        </details>
      ) : <p className="muted">{t('conferences.agreements.notYet')}</p>}
      <QueryView query={agreements} isEmpty={(d) => d.items.length === 0} empty={t('conferences.agreements.none')}>
        {(d) => (
          <>
            <p>{t('conferences.agreements.total', { n: d.items.length, value: formatVnd(d.items.reduce((sum, a) => sum + a.valueVnd, 0)) })}</p>
            <DataTable rows={d.items} columns={columns} rowKey={(a) => a.id} caption={t('conferences.agreements.title')} />
          </>
        )}
      </QueryView>
      <ConfirmDialog open={editing !== null} title={t('conferences.agreements.updateTitle', { pair: editing ? `${editing.producerName} – ${editing.buyerName}` : '' })}
        confirmLabel={t('admin.save')} busy={update.isPending} error={tried && badDay ? t('form.badDate') : update.error ? errorMessage(t, update.error) : null}
        onConfirm={() => { setTried(true); if (!badDay) update.mutate({ followUpStatus: status, followUpOn: followUpDay }); }} onCancel={() => setEditing(null)}>
        <div className="field">
          <label htmlFor="follow-up-status">{t('conferences.agreements.followUp')}</label>
          <select id="follow-up-status" value={status} onChange={(e) => setStatus(e.target.value as FollowUpStatus)}>
            {FOLLOW_UP_STATUSES.map((s) => <option key={s} value={s}>{t(`conferences.followUp.${s}`)}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="follow-up-on">{t('conferences.agreements.followUpOn')}</label>
          <input id="follow-up-on" inputMode="numeric" placeholder={t('form.datePlaceholder')} value={followUpOn} onChange={(e) => setFollowUpOn(e.target.value)} aria-invalid={(tried && badDay) || undefined} />
        </div>
      </ConfirmDialog>
    </section>
  );
}
