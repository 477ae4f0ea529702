import { clock } from '../../../shared/time/clock.ts';
import type { ScheduleRun } from '../contract.ts';
import type { conferenceScheduleRuns } from '../tables.ts';

/** How often a running run writes its progress and reads stop requests. */
export const HEARTBEAT_MS = 400;
/** A run whose heartbeat is older than this lost its process. */
export const STALE_AFTER_MS = 30_000;

export const runInterrupted = { code: 'run_interrupted', message: { vi: 'Lượt xếp lịch bị gián đoạn', en: 'The scheduling run was interrupted' } };

export type ScheduleRunRow = typeof conferenceScheduleRuns.$inferSelect;

/** The run as the API shows it; a running run whose process stopped beating is shown as failed. */
export function toScheduleRun(row: ScheduleRunRow, language: 'vi' | 'en' = 'vi'): ScheduleRun {
  const now = clock.now();
  const stale = row.status === 'running' && now.getTime() - row.heartbeatAt.getTime() > STALE_AFTER_MS;
  const error = stale ? runInterrupted : row.error;
  const gap = row.value === null || row.bound === null ? null : row.bound === 0 ? 0 : Math.max(0, (row.bound - row.value) / Math.abs(row.bound));
  return {
    id: row.id,
    conferenceId: row.conferenceId,
    status: stale ? 'failed' : row.status,
    timeLimitSeconds: row.timeLimitSeconds,
    startedAt: row.startedAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
    elapsedMs: Math.max(0, Math.round((row.finishedAt ?? (stale ? row.heartbeatAt : now)).getTime() - row.startedAt.getTime())),
    stopRequested: row.stopRequested,
    endedBy: row.endedBy,
    value: row.value,
    bound: row.bound,
    gap,
    progress: row.progress,
    report: row.report,
    error: error === null ? null : { code: error.code, message: error.message[language] },
  };
}
