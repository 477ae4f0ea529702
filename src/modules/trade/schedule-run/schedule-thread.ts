import type { Worker } from 'node:worker_threads';
import { startWorker } from '../../../server/worker-thread/start-worker.ts';
import { InstanceValidationError } from '../scheduling/index.ts';
import type { B2BInstance, B2BResult, ScheduleProgress } from '../scheduling/types.ts';
import type { ScheduleJob, ScheduleMessage } from './schedule-protocol.ts';

export interface ScheduleHandle {
  result: Promise<B2BResult>;
  /** Ends the run early, even before it starts; it still resolves, with the best schedule found. */
  stop(): void;
}

interface Pending {
  job: ScheduleJob;
  onProgress: (progress: ScheduleProgress) => void;
  resolve: (result: B2BResult) => void;
  reject: (error: Error) => void;
}

/**
 * This process's scheduling thread (modelled on the fairs' AllocationThread): started on first
 * use, kept while it has work, jobs one after another (a second conference's run waits for the
 * first). A crashed thread fails its jobs and is replaced by the next run. A malformed instance
 * rejects with the InstanceValidationError the direct call throws.
 */
export class ScheduleThread {
  private worker: Worker | null = null;
  private readonly queue: Pending[] = [];
  private current: Pending | null = null;
  private nextId = 1;
  private closed = false;

  run(instance: B2BInstance, timeLimitSeconds: number, onProgress: (progress: ScheduleProgress) => void = () => undefined): ScheduleHandle {
    const stop = new SharedArrayBuffer(4);
    const job: ScheduleJob = { id: this.nextId++, instance, timeLimitSeconds, stop };
    const result = new Promise<B2BResult>((resolve, reject) => {
      // After shutdown no thread starts again.
      if (this.closed) reject(new Error('the server is shutting down'));
      else this.queue.push({ job, onProgress, resolve, reject });
    });
    this.pump();
    return { result, stop: () => Atomics.store(new Int32Array(stop), 0, 1) };
  }

  /**
   * Stops every run and then the thread (server shutdown): queued runs fail, the current one is
   * asked to stop and given `graceMs` to hand back its best schedule before the thread ends.
   */
  async close(graceMs = 0): Promise<void> {
    this.closed = true;
    for (const pending of this.queue.splice(0)) pending.reject(new Error('the server is shutting down'));
    const current = this.current;
    if (current !== null) {
      Atomics.store(new Int32Array(current.job.stop), 0, 1);
      if (graceMs > 0) {
        let timer: NodeJS.Timeout | undefined;
        const finished = new Promise<void>((resolve) => {
          const settle = (): void => resolve();
          current.resolve = chain(current.resolve, settle);
          current.reject = chain(current.reject, settle);
          timer = setTimeout(settle, graceMs);
        });
        await finished;
        clearTimeout(timer);
      }
    }
    const worker = this.worker;
    this.worker = null;
    if (worker !== null) await worker.terminate();
  }

  private pump(): void {
    if (this.current !== null) return;
    const next = this.queue.shift();
    if (next === undefined) {
      // Idle: the thread no longer keeps the process alive (a CLI or a test ends by itself).
      this.worker?.unref();
      return;
    }
    this.current = next;
    const worker = this.thread();
    worker.ref();
    worker.postMessage(next.job);
  }

  private thread(): Worker {
    if (this.worker !== null) return this.worker;
    const worker = startWorker(new URL('./schedule-worker.ts', import.meta.url));
    worker.on('message', (message: ScheduleMessage) => this.receive(message));
    const fail = (error: Error): void => {
      if (this.worker === worker) this.worker = null;
      const current = this.current;
      this.current = null;
      current?.reject(error);
      this.pump();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`the scheduling thread stopped (exit code ${code})`)));
    this.worker = worker;
    return worker;
  }

  private receive(message: ScheduleMessage): void {
    const current = this.current;
    if (current === null || message.id !== current.job.id) return;
    if (message.type === 'progress') {
      current.onProgress(message.progress);
      return;
    }
    this.current = null;
    if (message.type === 'done') current.resolve(message.result);
    else if (message.type === 'invalid') current.reject(new InstanceValidationError('B2B', message.errors));
    else current.reject(new Error(message.message));
    this.pump();
  }
}

/** Calls `first`, then `then`: the closer hears of the end too. */
function chain<T>(first: (value: T) => void, then: () => void): (value: T) => void {
  return (value: T) => {
    first(value);
    then();
  };
}
