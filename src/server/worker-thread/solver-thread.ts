import type { Worker } from 'node:worker_threads';
import { startWorker } from './start-worker.ts';

/** A solve handed to a solver thread. */
export interface SolverJob<Instance> {
  id: number;
  instance: Instance;
  timeLimitSeconds: number;
  /** Int32Array over it: 1 = stop, set by the server while the thread is busy solving. */
  stop: SharedArrayBuffer;
}

/** What a solver thread sends back: progress while it solves, then the result or why it failed. */
export type SolverMessage<Progress, Result> =
  | { id: number; type: 'progress'; progress: Progress }
  | { id: number; type: 'done'; result: Result }
  | { id: number; type: 'failed'; message: string; details?: unknown };

export interface SolverHandle<Result> {
  result: Promise<Result>;
  /** Ends the run early, even before it starts; it still resolves, with the best answer found. */
  stop(): void;
}

interface Pending<Instance, Progress, Result> {
  job: SolverJob<Instance>;
  onProgress: (progress: Progress) => void;
  resolve: (result: Result) => void;
  reject: (error: Error) => void;
}

export interface SolverThreadOptions {
  /** What the thread is called in errors ("the allocation thread stopped…"). */
  name: string;
  /** Turns a failure message back into the error the direct call would throw (e.g. a validation error). */
  toError?: (message: { message: string; details?: unknown }) => Error;
}

/**
 * One worker thread per process for an optimiser that runs for seconds in synchronous
 * WebAssembly (the stall allocator, the B2B scheduler), so the request thread keeps answering.
 * Started on first use, kept while it has work, jobs one after another; a crashed thread fails
 * its job and is replaced by the next. The worker script handles `SolverJob` messages and
 * answers with `SolverMessage`s.
 */
export class SolverThread<Instance, Progress, Result> {
  private worker: Worker | null = null;
  private readonly queue: Pending<Instance, Progress, Result>[] = [];
  private current: Pending<Instance, Progress, Result> | null = null;
  private nextId = 1;
  private closed = false;

  constructor(private readonly script: URL, private readonly options: SolverThreadOptions) {}

  run(instance: Instance, timeLimitSeconds: number, onProgress: (progress: Progress) => void = () => undefined): SolverHandle<Result> {
    const stop = new SharedArrayBuffer(4);
    const job: SolverJob<Instance> = { id: this.nextId++, instance, timeLimitSeconds, stop };
    const result = new Promise<Result>((resolve, reject) => {
      // After shutdown no thread starts again.
      if (this.closed) reject(new Error('the server is shutting down'));
      else this.queue.push({ job, onProgress, resolve, reject });
    });
    this.pump();
    return { result, stop: () => Atomics.store(new Int32Array(stop), 0, 1) };
  }

  /**
   * Stops every run and then the thread (server shutdown): queued runs fail, the current one is
   * asked to stop and given `graceMs` to hand back its best answer before the thread ends.
   */
  async close(graceMs = 0): Promise<void> {
    this.closed = true;
    for (const pending of this.queue.splice(0)) pending.reject(new Error('the server is shutting down'));
    const current = this.current;
    if (current !== null) {
      Atomics.store(new Int32Array(current.job.stop), 0, 1);
      if (graceMs > 0) {
        let timer: NodeJS.Timeout | undefined;
        await new Promise<void>((resolve) => {
          const settle = (): void => resolve();
          current.resolve = chain(current.resolve, settle);
          current.reject = chain(current.reject, settle);
          timer = setTimeout(settle, graceMs);
        });
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
    const worker = startWorker(this.script);
    worker.on('message', (message: SolverMessage<Progress, Result>) => this.receive(message));
    const fail = (error: Error): void => {
      if (this.worker === worker) this.worker = null;
      const current = this.current;
      this.current = null;
      current?.reject(error);
      this.pump();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`the ${this.options.name} thread stopped (exit code ${code})`)));
    this.worker = worker;
    return worker;
  }

  private receive(message: SolverMessage<Progress, Result>): void {
    const current = this.current;
    if (current === null || message.id !== current.job.id) return;
    if (message.type === 'progress') {
      current.onProgress(message.progress);
      return;
    }
    this.current = null;
    if (message.type === 'done') current.resolve(message.result);
    else current.reject(this.options.toError?.(message) ?? new Error(message.message));
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
