import { randomUUID } from 'node:crypto';
import os from 'node:os';
import type { Database } from '../db/database.ts';
import { clock } from '../../shared/time/clock.ts';
import { enqueueJob, recurringJobs } from './jobs.ts';
import { runDueJobs } from './run-due-jobs.ts';

export interface JobRunner {
  stop(): Promise<void>;
}

/**
 * Runs due jobs inside the app process on a timer: every `intervalMs`, and again at once while
 * there is a backlog. Safe with any number of app processes on one PostgreSQL (see runDueJobs).
 * `stop()` waits for the job in hand to finish.
 */
export function startJobRunner(database: Database, options: { intervalMs?: number; log?: (error: unknown) => void } = {}): JobRunner {
  const workerId = `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const intervalMs = options.intervalMs ?? 2000;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let current: Promise<void> = Promise.resolve();

  const tick = async () => {
    try {
      const report = await runDueJobs(database, { now: clock.now(), workerId });
      if (!stopped) timer = setTimeout(loop, report.claimed >= 20 ? 0 : intervalMs);
    } catch (error) {
      options.log?.(error);
      if (!stopped) timer = setTimeout(loop, intervalMs * 5);
    }
  };
  const loop = () => {
    current = tick();
  };

  current = (async () => {
    for (const kind of recurringJobs()) await enqueueJob(database.db, kind.kind, { uniqueKey: `recurring:${kind.kind}` });
  })()
    .catch((error: unknown) => options.log?.(error))
    .then(() => {
      if (!stopped) timer = setTimeout(loop, 0);
    });

  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await current;
    },
  };
}
