import { parentPort } from 'node:worker_threads';
import { InstanceValidationError, scheduleMeetings } from '../scheduling/index.ts';
import type { ScheduleJob, ScheduleMessage } from './schedule-in-thread.ts';

/**
 * The B2B scheduler's thread: the solver runs for seconds (HiGHS in synchronous WebAssembly),
 * so it runs here and the request thread keeps answering other requests meanwhile.
 */
const port = parentPort;
if (port === null) throw new Error('schedule-worker.ts runs as a worker thread');

port.on('message', (job: ScheduleJob) => {
  const send = (message: ScheduleMessage): void => port.postMessage(message);
  scheduleMeetings(job.instance, { timeLimitSeconds: job.timeLimitSeconds }).then(
    (result) => send({ type: 'done', result }),
    (error: unknown) => send(error instanceof InstanceValidationError
      ? { type: 'invalid', errors: error.errors }
      : { type: 'failed', message: error instanceof Error ? error.message : String(error) }),
  );
});
