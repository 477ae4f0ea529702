import type { Worker } from 'node:worker_threads';
import { startWorker } from '../../../server/worker-thread/start-worker.ts';
import type { AllocationInstance, AllocationProgress, AllocationResult } from '../allocation/types.ts';
import type { AllocationJob, AllocationMessage } from './allocation-protocol.ts';

export interface AllocationHandle {
  result: Promise<AllocationResult>;
  /** Ends the run early; it still resolves, with the best plan found. */
  stop(): void;
}

interface Pending {
  job: AllocationJob;
  onProgress: (progress: AllocationProgress) => void;
  resolve: (result: AllocationResult) => void;
  reject: (error: Error) => void;
}

/**
 * This process's allocation thread: started on first use, kept while it has work, jobs one after
 * another (a second fair's run waits for the first). A crashed thread fails its jobs and is
 * replaced by the next run.
 */
export class AllocationThread {
  private worker: Worker | null = null;
  private readonly queue: Pending[] = [];
  private current: Pending | null = null;
  private nextId = 1;

  run(instance: AllocationInstance, timeLimitSeconds: number, onProgress: (progress: AllocationProgress) => void): AllocationHandle {
    const stop = new SharedArrayBuffer(4);
    const job: AllocationJob = { id: this.nextId++, instance, timeLimitSeconds, stop };
    const result = new Promise<AllocationResult>((resolve, reject) => {
      this.queue.push({ job, onProgress, resolve, reject });
    });
    this.pump();
    return { result, stop: () => Atomics.store(new Int32Array(stop), 0, 1) };
  }

  /** Stops every run and the thread (server shutdown): queued runs fail, the current one ends at its next checkpoint. */
  async close(): Promise<void> {
    for (const pending of this.queue.splice(0)) pending.reject(new Error('the server is shutting down'));
    if (this.current !== null) Atomics.store(new Int32Array(this.current.job.stop), 0, 1);
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
    const worker = startWorker(new URL('./allocation-worker.ts', import.meta.url));
    worker.on('message', (message: AllocationMessage) => this.receive(message));
    const fail = (error: Error): void => {
      if (this.worker === worker) this.worker = null;
      const current = this.current;
      this.current = null;
      current?.reject(error);
      this.pump();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`the allocation thread stopped (exit code ${code})`)));
    this.worker = worker;
    return worker;
  }

  private receive(message: AllocationMessage): void {
    const current = this.current;
    if (current === null || message.id !== current.job.id) return;
    if (message.type === 'progress') {
      current.onProgress(message.progress);
      return;
    }
    this.current = null;
    if (message.type === 'done') current.resolve(message.result);
    else current.reject(new Error(message.message));
    this.pump();
  }
}
