import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import { Link } from 'react-router';
import type { SurveySummary } from '../../../../modules/outlets/contract.ts';
import { formatDateTime } from '../../../format.ts';
import { useLocalized } from '../../../i18n/use-localized.ts';
import { DataTable, type Column } from '../../../kit/list/DataTable.tsx';
import { QueryView } from '../../../kit/list/QueryView.tsx';
import { useApiQuery } from '../../../kit/query/useApiQuery.ts';
import { errorMessage } from '../../../api/error-message.ts';
import { ConfirmDialog } from '../../../kit/dialog/ConfirmDialog.tsx';
import { useApiMutation } from '../../../kit/query/useApiMutation.ts';
import { SURVEY_STATUS_LABELS } from '../shared/survey-labels.ts';

/** The surveys of a point, each linked to its result and review. */
export function PointSurveys({ pointId, staff }: { pointId: string; staff: boolean }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const surveys = useApiQuery<{ items: SurveySummary[] }>('/api/outlets/surveys', { pointId, pageSize: 50 });
  const columns: Column<SurveySummary>[] = [
    { id: 'criteria', header: t('pointsOfSaleAdmin.surveys.criteria'), cell: (s) => <Link to={`/admin/points-of-sale/surveys/${s.id}`}>{pick(s.criteria.title)} v{s.criteria.version}</Link> },
    { id: 'surveyor', header: t('pointsOfSaleAdmin.surveys.surveyor'), cell: (s) => s.surveyor.displayName },
    { id: 'status', header: t('pointsOfSaleAdmin.status'), cell: (s) => pick(SURVEY_STATUS_LABELS[s.status]) },
    { id: 'submitted', header: t('pointsOfSaleAdmin.surveys.submitted'), cell: (s) => (s.submittedAt ? formatDateTime(s.submittedAt) : '–') },
    { id: 'score', header: t('pointsOfSaleAdmin.surveys.score'), className: 'num', cell: (s) => (s.score === null ? '–' : String(s.score)) },
  ];
  return (
    <section aria-labelledby="surveys-title">
      <h2 id="surveys-title">{t('pointsOfSaleAdmin.surveys.title')}</h2>
      {staff && <AssignSurvey pointId={pointId} />}
      <QueryView query={surveys} isEmpty={(d) => d.items.length === 0} empty={t('pointsOfSaleAdmin.surveys.none')}>
        {(data) => <DataTable caption={t('pointsOfSaleAdmin.surveys.title')} columns={columns} rows={data.items} rowKey={(s) => s.id} />}
      </QueryView>
    </section>
  );
}

interface Surveyor { id: string; email: string; displayName: string }

/** Gives the point to a surveyor, against the newest published criteria for its kind (or a chosen version). */
function AssignSurvey({ pointId }: { pointId: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [surveyorId, setSurveyorId] = useState('');
  const [dueOn, setDueOn] = useState('');
  const surveyors = useApiQuery<{ items: Surveyor[] }>(open ? '/api/outlets/surveyors' : null);
  const assign = useApiMutation<{ id: string }, { surveyorId: string; dueOn?: string }>({ path: `/api/outlets/points/${pointId}/surveys`, invalidates: ['/api/outlets/surveys'] });
  return (
    <>
      <p><button type="button" className="button" onClick={() => { setOpen(true); assign.reset(); }}>{t('pointsOfSaleAdmin.surveys.assign')}</button></p>
      <ConfirmDialog open={open} title={t('pointsOfSaleAdmin.surveys.assign')} confirmLabel={t('pointsOfSaleAdmin.surveys.assignConfirm')}
        busy={assign.isPending} error={assign.error ? errorMessage(t, assign.error) : null} onCancel={() => setOpen(false)}
        onConfirm={() => assign.mutate({ surveyorId, ...(dueOn ? { dueOn } : {}) }, { onSuccess: () => { setOpen(false); setSurveyorId(''); setDueOn(''); } })}>
        <label htmlFor="assign-surveyor">{t('pointsOfSaleAdmin.surveys.surveyor')}</label>
        <select id="assign-surveyor" value={surveyorId} onChange={(e) => setSurveyorId(e.target.value)} required>
          <option value="">{t('pointsOfSaleAdmin.surveys.chooseSurveyor')}</option>
          {(surveyors.data?.items ?? []).map((s) => <option key={s.id} value={s.id}>{s.displayName} ({s.email})</option>)}
        </select>
        <label htmlFor="assign-due">{t('pointsOfSaleAdmin.surveys.dueOn')}</label>
        <input id="assign-due" type="date" value={dueOn} onChange={(e) => setDueOn(e.target.value)} />
      </ConfirmDialog>
    </>
  );
}
