import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { PointDetail } from '../../../../modules/outlets/contract.ts';
import type { PointStatus } from '../../../../modules/outlets/domain/point-status.ts';
import { errorMessage } from '../../../api/error-message.ts';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { formatDate, formatDateTime } from '../../../format.ts';
import { useLocalized } from '../../../i18n/use-localized.ts';
import { ConfirmDialog } from '../../../kit/dialog/ConfirmDialog.tsx';
import { QueryView } from '../../../kit/list/QueryView.tsx';
import { useApiMutation } from '../../../kit/query/useApiMutation.ts';
import { useApiQuery } from '../../../kit/query/useApiQuery.ts';
import { useSession } from '../../../session/session-context.ts';
import { POINT_KIND_LABELS, POINT_STATUS_LABELS } from '../shared/labels.ts';
import { SalesSection } from './SalesSection.tsx';
import { StockSection } from './StockSection.tsx';
import { SupportSection } from './SupportSection.tsx';
import { HoursExceptionsSection } from './HoursExceptionsSection.tsx';
import { OpeningSection } from './OpeningSection.tsx';
import { TraineeCourses } from '../../training/shared/TraineeCourses.tsx';
import { PointForm } from './PointForm.tsx';
import { PointSurveys } from './PointSurveys.tsx';
import '../points-of-sale.css';

/** `/admin/points-of-sale/:point`: the record, its life with the next steps, surveys, support, stock and sales. */
export default function PointAdminPage() {
  const { point = '' } = useParams();
  const detail = useApiQuery<PointDetail>(`/api/outlets/points/${encodeURIComponent(point)}`);
  return (
    <section className="page page--wide" aria-labelledby="page-title">
      <QueryView query={detail}>{(data) => <PointRecord point={data} />}</QueryView>
    </section>
  );
}

function PointRecord({ point }: { point: PointDetail }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const { user } = useSession();
  usePageTitle(pick(point.name));
  const staff = user?.role === 'admin' || user?.role === 'organizer';
  const selling = ['opened', 'operating', 'suspended'].includes(point.status);
  return (
    <>
      <p><Link to="/admin/points-of-sale">← {t('pointsOfSaleAdmin.title')}</Link></p>
      <h1 id="page-title">{pick(point.name)}</h1>
      <p className="lead">{pick(POINT_KIND_LABELS[point.kind])} · {point.address}, {point.commune} · <strong data-testid="point-status">{pick(POINT_STATUS_LABELS[point.status])}</strong></p>
      {point.decisionNumber && <p>{t('pointsOfSaleAdmin.decision', { number: point.decisionNumber, day: formatDate(point.decisionDate) })}</p>}
      {['opened', 'operating'].includes(point.status) && <p><Link to={`/points-of-sale/${point.slug}`}>{t('pointsOfSaleAdmin.publicPage')}</Link></p>}
      {staff && <LifeActions point={point} />}
      <details>
        <summary>{t('pointsOfSaleAdmin.history')}</summary>
        <ol>
          {point.events.map((e, i) => (
            <li key={i}>{formatDateTime(e.at)} · {pick(POINT_STATUS_LABELS[e.to])} · {e.reason}{e.decisionNumber ? ` (${e.decisionNumber})` : ''} · {e.actorEmail}</li>
          ))}
        </ol>
      </details>
      {staff && (
        <details>
          <summary>{t('pointsOfSaleAdmin.form.editTitle')}</summary>
          <PointForm point={point} onSaved={() => undefined} />
        </details>
      )}
      {user?.role !== 'surveyor' && <HoursExceptionsSection point={point} editable={staff || user?.role === 'operator'} />}
      {user?.role !== 'surveyor' && <PointSurveys pointId={point.id} staff={staff} />}
      {staff && ['approved', 'equipping', 'opened', 'operating'].includes(point.status) && <OpeningSection point={point} />}
      {user?.role !== 'surveyor' && <SupportSection point={point} staff={staff} />}
      {user?.role !== 'surveyor' && <StockSection point={point} />}
      {user?.role !== 'surveyor' && selling && <SalesSection point={point} />}
      {user?.role !== 'surveyor' && <TraineeCourses pointId={point.id} />}
    </>
  );
}

function LifeActions({ point }: { point: PointDetail }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const [to, setTo] = useState<PointStatus | null>(null);
  const [reason, setReason] = useState('');
  const [decisionNumber, setDecisionNumber] = useState('');
  const [decisionDate, setDecisionDate] = useState('');
  const move = useApiMutation<{ status: string }, Record<string, string>>({ path: `/api/outlets/points/${point.id}/status` });
  const needsDecision = point.status === 'surveyed' && (to === 'approved' || to === 'rejected');
  if (point.nextStatuses.length === 0) return null;
  return (
    <div className="actions">
      {point.nextStatuses.map((s) => (
        <button key={s} type="button" className="button" onClick={() => { setTo(s); move.reset(); }}>{t('pointsOfSaleAdmin.moveTo', { status: pick(POINT_STATUS_LABELS[s]) })}</button>
      ))}
      <ConfirmDialog open={to !== null} title={to ? t('pointsOfSaleAdmin.moveTo', { status: pick(POINT_STATUS_LABELS[to]) }) : ''} confirmLabel={t('pointsOfSaleAdmin.confirmMove')}
        busy={move.isPending} error={move.error ? errorMessage(t, move.error) : null}
        onCancel={() => setTo(null)}
        onConfirm={() => to && move.mutate({ to, reason, ...(needsDecision ? { decisionNumber, decisionDate } : {}) }, { onSuccess: () => { setTo(null); setReason(''); } })}>
        <label htmlFor="move-reason">{t('pointsOfSaleAdmin.reason')}</label>
        <textarea id="move-reason" value={reason} onChange={(e) => setReason(e.target.value)} required />
        {needsDecision && (
          <>
            <label htmlFor="move-decision">{t('pointsOfSaleAdmin.decisionNumber')}</label>
            <input id="move-decision" value={decisionNumber} onChange={(e) => setDecisionNumber(e.target.value)} />
            <label htmlFor="move-decision-date">{t('pointsOfSaleAdmin.decisionDate')}</label>
            <input id="move-decision-date" type="date" value={decisionDate} onChange={(e) => setDecisionDate(e.target.value)} />
          </>
        )}
      </ConfirmDialog>
    </div>
  );
}
