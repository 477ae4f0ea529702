import { parentPort } from 'node:worker_threads';
import { InstanceValidationError, scheduleMeetings } from '../scheduling/index.ts';
import type { ScheduleProgress } from '../scheduling/types.ts';
import type { ScheduleJob, ScheduleMessage } from './schedule-protocol.ts';

/** Progress goes out at most this often: the local search improves thousands of times a second. */
const PROGRESS_EVERY_MS = 50;

/**
 * The B2B scheduler's thread: the solver runs for seconds (HiGHS in synchronous WebAssembly),
 * so it lives here and the request thread keeps answering. One job at a time; the HiGHS runtime
 * stays loaded between jobs. The stop flag is shared memory because the thread is busy while it
 * should be read: HiGHS asks at its checkpoints, the local search between moves.
 */
const port = parentPort;
if (port === null) throw new Error('schedule-worker.ts runs as a worker thread');

port.on('message', (job: ScheduleJob) => {
  const stop = new Int32Array(job.stop);
  const send = (message: ScheduleMessage): void => port.postMessage(message);
  let sentAt = -Infinity;
  let pending: ScheduleProgress | null = null;
  const flush = (): void => {
    if (pending !== null) send({ id: job.id, type: 'progress', progress: pending });
    pending = null;
    sentAt = performance.now();
  };
  scheduleMeetings(job.instance, {
    timeLimitSeconds: job.timeLimitSeconds,
    shouldStop: () => Atomics.load(stop, 0) === 1,
    onProgress: (progress) => {
      pending = progress;
      if (performance.now() - sentAt >= PROGRESS_EVERY_MS) flush();
    },
  }).then(
    (result) => {
      flush();
      send({ id: job.id, type: 'done', result });
    },
    (error: unknown) => send(error instanceof InstanceValidationError
      ? { id: job.id, type: 'failed', message: error.message, details: error.errors }
      : { id: job.id, type: 'failed', message: error instanceof Error ? error.message : String(error) }),
  );
});
