import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Conference, ScheduleRun, ScheduleRunList } from '../../../../modules/trade/contract.ts';
import { errorMessage } from '../../../api/error-message.ts';
import { ProgressChart } from '../../../kit/chart/ProgressChart.tsx';
import { useApiMutation } from '../../../kit/query/useApiMutation.ts';
import { useApiQuery } from '../../../kit/query/useApiQuery.ts';
import { useNumberFormat } from '../../fairs/shared/number-format.ts';
import { ScheduleReportView } from './ScheduleReportView.tsx';

/** How often the page reads a running run's record (the run writes it every 400 ms). */
const POLL_MS = 500;
/** Time budgets offered: a proven optimum ends the run sooner, a large conference may use them all. */
const BUDGETS = [10, 30, 60] as const;

/**
 * The schedule action (like the fairs' AllocationPanel): start a run within a time budget, watch
 * the best schedule's value and the proven bound close in, stop early keeping the best schedule
 * found; then the report of what was written. The run is the server's: another organizer, or
 * this page reloaded, sees the same one.
 */
export function SchedulePanel({ conference, base }: { conference: Conference; base: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const runsPath = `${base}/schedule-runs`;
  const [budget, setBudget] = useState<number>(BUDGETS[0]);
  // Polled while a run is going: the newest record carries its progress.
  const [polling, setPolling] = useState(false);
  const runs = useApiQuery<ScheduleRunList>(runsPath, undefined, { refetchInterval: polling ? POLL_MS : undefined });
  const current = runs.data?.items[0] ?? null;
  const running = current?.status === 'running';
  useEffect(() => setPolling(running), [running]);

  const start = useApiMutation<ScheduleRun, void>({ path: runsPath, body: () => ({ timeLimitSeconds: budget }), invalidates: [runsPath] });
  const stop = useApiMutation<ScheduleRun, string>({ path: (id) => `${runsPath}/${id}/stop`, body: () => undefined, invalidates: [runsPath] });

  // When a run ends, the meetings, the agendas' counts and the outcomes show what it wrote.
  const wasRunning = useRef(false);
  useEffect(() => {
    if (wasRunning.current && !running) void queryClient.invalidateQueries({ predicate: (q) => String(q.queryKey[0]).startsWith(base) });
    wasRunning.current = running;
  }, [running, queryClient, base]);

  const open = ['matching', 'scheduled'].includes(conference.status);
  const failure = start.error ?? stop.error;
  return (
    <section className="schedule-panel" aria-labelledby="schedule-title">
      <h2 id="schedule-title">{t('conferences.admin.run.title')}</h2>
      <div className="actions">
        <label className="schedule-panel__budget">
          {t('conferences.admin.run.budget')}{' '}
          <select value={budget} disabled={running} onChange={(e) => setBudget(Number(e.target.value))}>
            {BUDGETS.map((b) => <option key={b} value={b}>{t('conferences.admin.run.seconds', { count: b })}</option>)}
          </select>
        </label>
        <button type="button" className="button button--primary" disabled={running || start.isPending || !open} onClick={() => start.mutate()}>
          {running ? t('conferences.admin.scheduling') : t('conferences.admin.schedule')}
        </button>
        {current && running && (
          <button type="button" className="button button--secondary" disabled={current.stopRequested || stop.isPending} onClick={() => stop.mutate(current.id)}>
            {current.stopRequested ? t('conferences.admin.run.stopping') : t('conferences.admin.run.stop')}
          </button>
        )}
      </div>
      {failure && <p className="form-error" role="alert">{errorMessage(t, failure)}</p>}
      {current && running && <RunProgress run={current} />}
      {current && !running && <RunOutcome run={current} />}
    </section>
  );
}

function RunProgress({ run }: { run: ScheduleRun }) {
  const { t } = useTranslation();
  const n = useNumberFormat();
  const seconds = run.elapsedMs / 1000;
  return (
    <div className="schedule-progress" role="status" aria-label={t('conferences.admin.run.progress')}>
      <p>
        <progress max={run.timeLimitSeconds} value={Math.min(seconds, run.timeLimitSeconds)} aria-label={t('conferences.admin.run.progress')} />{' '}
        {t('conferences.admin.run.elapsed', { elapsed: n.decimal(seconds, 1), limit: n.integer(run.timeLimitSeconds) })}
      </p>
      <RunFigures run={run} />
      <ProgressChart
        points={run.progress}
        labels={{ chart: t('conferences.admin.run.chart'), value: t('conferences.admin.run.value'), bound: t('conferences.admin.run.bound') }}
      />
    </div>
  );
}

/** The best schedule's value, the proven bound and the gap, so far or at the end. */
function RunFigures({ run }: { run: ScheduleRun }) {
  const { t } = useTranslation();
  const n = useNumberFormat();
  const figures = [
    [t('conferences.admin.run.value'), run.value === null ? '–' : n.integer(run.value)],
    [t('conferences.admin.run.bound'), run.bound === null ? '–' : n.integer(run.bound)],
    [t('conferences.admin.run.gap'), run.gap === null ? '–' : n.percent(run.gap, 2)],
  ] as const;
  return (
    <dl className="stat-grid">
      {figures.map(([label, text]) => (
        <div key={label} className="stat-card">
          <dt>{label}</dt>
          <dd className="stat-card__number">{text}</dd>
        </div>
      ))}
    </dl>
  );
}

function RunOutcome({ run }: { run: ScheduleRun }) {
  const { t } = useTranslation();
  const n = useNumberFormat();
  if (run.status === 'failed') return <p className="form-error" role="alert">{run.error?.message ?? t('conferences.admin.run.failed')}</p>;
  return (
    <>
      <p className="schedule-outcome">
        {t('conferences.admin.run.done')}
        {run.endedBy ? ` · ${t(`conferences.admin.run.endedBy.${run.endedBy}`)}` : ''}
        {` (${t('conferences.admin.run.elapsed', { elapsed: n.decimal(run.elapsedMs / 1000, 1), limit: n.integer(run.timeLimitSeconds) })})`}
      </p>
      <RunFigures run={run} />
      {run.report && <ScheduleReportView report={run.report} />}
    </>
  );
}
