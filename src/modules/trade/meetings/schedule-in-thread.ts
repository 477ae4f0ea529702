import { startWorker } from '../../../server/worker-thread/start-worker.ts';
import { InstanceValidationError } from '../scheduling/index.ts';
import type { B2BInstance, B2BResult, ValidationIssue } from '../scheduling/types.ts';

export interface ScheduleJob {
  instance: B2BInstance;
  timeLimitSeconds: number;
}

export type ScheduleMessage =
  | { type: 'done'; result: B2BResult }
  | { type: 'invalid'; errors: ValidationIssue[] }
  | { type: 'failed'; message: string };

/**
 * Runs the scheduler in a thread of its own, within the time budget, and resolves with its
 * result (or rejects with the same errors as the direct call). The thread ends with the run.
 */
export function scheduleInThread(job: ScheduleJob): Promise<B2BResult> {
  const worker = startWorker(new URL('./schedule-worker.ts', import.meta.url));
  return new Promise<B2BResult>((resolve, reject) => {
    let settled = false;
    const settle = (outcome: () => void): void => {
      if (settled) return;
      settled = true;
      outcome();
      void worker.terminate();
    };
    worker.on('message', (message: ScheduleMessage) => settle(() => {
      if (message.type === 'done') resolve(message.result);
      else if (message.type === 'invalid') reject(new InstanceValidationError('B2B', message.errors));
      else reject(new Error(message.message));
    }));
    worker.on('error', (error) => settle(() => reject(error)));
    worker.on('exit', (code) => settle(() => reject(new Error(`the scheduling thread stopped (exit code ${code})`))));
    worker.postMessage(job);
  });
}
