import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AllocationRun, Fair } from '../../../../../modules/fairs/contract.ts';
import { errorMessage } from '../../../../api/error-message.ts';
import { useConfirm } from '../../../../kit/dialog/useConfirm.tsx';
import { useApiMutation } from '../../../../kit/query/useApiMutation.ts';
import { ProgressChart } from '../../../../kit/chart/ProgressChart.tsx';
import { useApiQuery } from '../../../../kit/query/useApiQuery.ts';
import { useNumberFormat } from '../../shared/number-format.ts';
import { AllocationChanges } from './AllocationChanges.tsx';
import { AllocationReportView } from './AllocationReportView.tsx';
import '../../shared/fairs.css';

/** How often the page reads a running run's record (the run writes it every 400 ms). */
const POLL_MS = 500;

/**
 * The organizer's allocation: start a run (the server's default budget, 10 s), watch the best
 * plan and the proven bound improve, stop early keeping the best found; then its report, and
 * once the fair is published the proposed changes to apply or discard.
 */
export function AllocationPanel({ fair }: { fair: Fair }) {
  const { t } = useTranslation();
  const confirm = useConfirm();
  const queryClient = useQueryClient();
  const runsPath = `/api/fairs/${fair.slug}/allocation-runs`;
  // Polled while a run is going: the newest record carries its progress.
  const [polling, setPolling] = useState(false);
  const runs = useApiQuery<{ items: AllocationRun[] }>(runsPath, undefined, { refetchInterval: polling ? POLL_MS : undefined });
  const current = runs.data?.items[0] ?? null;
  const currentRunning = current?.status === 'running';
  useEffect(() => setPolling(currentRunning), [currentRunning]);

  const start = useApiMutation<AllocationRun, void>({ path: runsPath, body: () => ({}), invalidates: [runsPath] });
  const stop = useApiMutation<AllocationRun, string>({ path: (id) => `${runsPath}/${id}/stop`, body: () => undefined, invalidates: [runsPath] });
  const decide = useApiMutation<AllocationRun, { id: string; action: 'apply' | 'discard' }>({
    path: ({ id, action }) => `${runsPath}/${id}/${action}`,
    body: () => undefined,
    invalidates: [`/api/fairs/${fair.slug}`],
  });

  // When a run ends, the list, the plan and the run list show its outcome.
  const wasRunning = useRef(false);
  useEffect(() => {
    if (wasRunning.current && !currentRunning) void queryClient.invalidateQueries({ predicate: (q) => String(q.queryKey[0]).startsWith(`/api/fairs/${fair.slug}`) });
    wasRunning.current = currentRunning;
  }, [currentRunning, queryClient, fair.slug]);

  const onDecide = async (action: 'apply' | 'discard') => {
    if (!current) return;
    const ok = await confirm({
      title: t(`adminFairs.allocation.${action}Title`),
      message: t(`adminFairs.allocation.${action}Confirm`, { count: current.changes?.length ?? 0 }),
      confirmLabel: t(`adminFairs.allocation.${action}`),
      tone: action === 'discard' ? 'danger' : 'primary',
    });
    if (ok) decide.mutate({ id: current.id, action });
  };

  const failure = start.error ?? stop.error ?? decide.error;
  return (
    <section className="form-section allocation-panel" aria-labelledby="allocation-title">
      <h2 id="allocation-title">{t('adminFairs.allocation.title')}</h2>
      <p>{t('adminFairs.allocation.help', { hours: fair.holdHours })}</p>
      {(fair.status === 'published' || fair.status === 'running') && <p className="notice">{t('adminFairs.allocation.liveHelp')}</p>}
      <div className="actions">
        <button type="button" className="button button--primary" disabled={currentRunning || start.isPending} onClick={() => start.mutate()}>
          {currentRunning ? t('adminFairs.allocation.running') : t('adminFairs.allocation.run')}
        </button>
        {current && currentRunning && (
          <button type="button" className="button button--secondary" disabled={current.stopRequested || stop.isPending} onClick={() => stop.mutate(current.id)}>
            {current.stopRequested ? t('adminFairs.allocation.stopping') : t('adminFairs.allocation.stop')}
          </button>
        )}
      </div>
      {failure && <p className="form-error" role="alert">{errorMessage(t, failure)}</p>}
      {current && currentRunning && <RunProgress run={current} />}
      {current && !currentRunning && <RunOutcome run={current} busy={decide.isPending} onDecide={(action) => void onDecide(action)} />}
    </section>
  );
}

function RunProgress({ run }: { run: AllocationRun }) {
  const { t } = useTranslation();
  const n = useNumberFormat();
  const seconds = run.elapsedMs / 1000;
  return (
    <div className="allocation-progress" role="status" aria-label={t('adminFairs.allocation.progress')}>
      <p>
        <progress max={run.timeLimitSeconds} value={Math.min(seconds, run.timeLimitSeconds)} aria-label={t('adminFairs.allocation.progress')} />{' '}
        {t('adminFairs.allocation.elapsed', { elapsed: n.decimal(seconds, 1), limit: n.integer(run.timeLimitSeconds) })}
      </p>
      <RunFigures run={run} />
      <ProgressChart
        points={run.progress.map((p) => ({ ms: p.ms, value: p.objective, bound: p.bound }))}
        labels={{ chart: t('adminFairs.allocation.chart'), value: t('adminFairs.allocation.objective'), bound: t('adminFairs.allocation.bound') }}
      />
    </div>
  );
}

/** Best plan, bound and gap so far (or at the end). */
export function RunFigures({ run }: { run: AllocationRun }) {
  const { t } = useTranslation();
  const n = useNumberFormat();
  return (
    <dl className="stat-grid">
      <div className="stat-card">
        <dt>{t('adminFairs.allocation.objective')}</dt>
        <dd className="stat-card__number">{run.objective === null ? '–' : n.decimal(run.objective, 1)}</dd>
      </div>
      <div className="stat-card">
        <dt>{t('adminFairs.allocation.bound')}</dt>
        <dd className="stat-card__number">{run.bound === null ? '–' : n.decimal(run.bound, 1)}</dd>
      </div>
      <div className="stat-card">
        <dt>{t('adminFairs.allocation.gap')}</dt>
        <dd className="stat-card__number">{run.gap === null ? '–' : n.percent(run.gap, 2)}</dd>
      </div>
    </dl>
  );
}

function RunOutcome({ run, busy, onDecide }: { run: AllocationRun; busy: boolean; onDecide(action: 'apply' | 'discard'): void }) {
  const { t } = useTranslation();
  if (run.status === 'failed') return <p className="form-error" role="alert">{run.error?.message ?? t('adminFairs.allocation.failed')}</p>;
  return (
    <>
      <p className={`allocation-outcome allocation-outcome--${run.status}`}>
        {t(`adminFairs.allocation.status.${run.status}`)}
        {run.endedBy ? ` · ${t(`adminFairs.allocation.endedBy.${run.endedBy}`)}` : ''}
      </p>
      {run.report && <AllocationReportView report={run.report} />}
      {run.status === 'proposed' && run.changes && (
        <AllocationChanges changes={run.changes}>
          <div className="actions">
            <button type="button" className="button button--primary" disabled={busy} onClick={() => onDecide('apply')}>
              {t('adminFairs.allocation.apply')}
            </button>
            <button type="button" className="button button--danger" disabled={busy} onClick={() => onDecide('discard')}>
              {t('adminFairs.allocation.discard')}
            </button>
          </div>
        </AllocationChanges>
      )}
    </>
  );
}
