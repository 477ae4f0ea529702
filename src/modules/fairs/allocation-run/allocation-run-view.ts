import { clock } from '../../../shared/time/clock.ts';
import type { AllocationRun } from '../contract.ts';
import type { fairAllocationRuns } from '../tables.ts';
import { STALE_AFTER_MS } from './allocation-runs.ts';

/** The run as the API shows it; a running run whose process stopped beating is shown as failed. */
export function toAllocationRun(row: typeof fairAllocationRuns.$inferSelect, language: 'vi' | 'en' = 'vi'): AllocationRun {
  const now = clock.now();
  const stale = row.status === 'running' && now.getTime() - row.heartbeatAt.getTime() > STALE_AFTER_MS;
  const error = stale ? { code: 'run_interrupted', message: { vi: 'Lượt chạy bị gián đoạn', en: 'The run was interrupted' } } : row.error;
  const gap = row.objective === null || row.bound === null ? null : row.bound === 0 ? 0 : Math.max(0, (row.bound - row.objective) / Math.abs(row.bound));
  return {
    id: row.id,
    fairId: row.fairId,
    kind: row.kind,
    status: stale ? 'failed' : row.status,
    keepOffers: row.keepOffers,
    timeLimitSeconds: row.timeLimitSeconds,
    startedAt: row.startedAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
    elapsedMs: Math.max(0, Math.round((row.finishedAt ?? (stale ? row.heartbeatAt : now)).getTime() - row.startedAt.getTime())),
    stopRequested: row.stopRequested,
    endedBy: row.endedBy,
    objective: row.objective,
    bound: row.bound,
    gap,
    progress: row.progress,
    report: row.report,
    changes: row.changes,
    error: error === null ? null : { code: error.code, message: error.message[language] },
  };
}
