import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * Starts a worker thread on a TypeScript module, from sources or from the compiled server alike.
 * `module` is the worker's source URL (`new URL('./x-worker.ts', import.meta.url)`); the compiled
 * server has it as `x-worker.js` beside the code that starts it (an entry point of the build).
 * From sources the thread first registers tsx (typescript-entry.mjs). Jobs go by messages.
 */
export function startWorker(module: URL, options: Omit<WorkerOptions, 'workerData'> = {}): Worker {
  if (module.pathname.endsWith('.ts') && import.meta.url.endsWith('.ts')) {
    return new Worker(new URL('./typescript-entry.mjs', import.meta.url), { ...options, workerData: { entry: module.href } });
  }
  return new Worker(new URL(module.href.replace(/\.ts$/, '.js')), options);
}
