import { ScheduleThread } from '../schedule-run/schedule-thread.ts';
import type { B2BInstance, B2BResult } from '../scheduling/types.ts';

export interface ScheduleJob {
  instance: B2BInstance;
  timeLimitSeconds: number;
}

/**
 * Runs the scheduler once in a thread of its own, within the time budget, and resolves with its
 * result (or rejects with the same errors as the direct call). The thread ends with the run.
 * The web's runs (schedule-run/) keep one thread per process instead, with progress and stop.
 */
export async function scheduleInThread(job: ScheduleJob): Promise<B2BResult> {
  const thread = new ScheduleThread();
  try {
    return await thread.run(job.instance, job.timeLimitSeconds).result;
  } finally {
    await thread.close();
  }
}
