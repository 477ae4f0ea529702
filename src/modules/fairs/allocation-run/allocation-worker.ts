import { parentPort } from 'node:worker_threads';
import { allocateStalls } from '../allocation/allocate-stalls.ts';
import type { AllocationJob, AllocationMessage } from './allocation-protocol.ts';

/**
 * The allocation thread: the solver runs for seconds in synchronous WebAssembly, so it lives here
 * and the request thread keeps answering. One job at a time; the HiGHS runtime stays loaded (and
 * compiled) between jobs. The stop flag is shared memory because the thread is busy while it
 * should be read: HiGHS asks at its checkpoints, the heuristics between moves.
 */
const port = parentPort;
if (port === null) throw new Error('allocation-worker.ts runs as a worker thread');

port.on('message', (job: AllocationJob) => {
  const stop = new Int32Array(job.stop);
  const send = (message: AllocationMessage): void => port.postMessage(message);
  allocateStalls(job.instance, {
    invalidLocks: 'ignore',
    timeLimitSeconds: job.timeLimitSeconds,
    shouldStop: () => Atomics.load(stop, 0) === 1,
    onProgress: (progress) => send({ id: job.id, type: 'progress', progress }),
  }).then(
    (result) => send({ id: job.id, type: 'done', result }),
    (error: unknown) => send({ id: job.id, type: 'failed', message: error instanceof Error ? error.message : String(error) }),
  );
});
