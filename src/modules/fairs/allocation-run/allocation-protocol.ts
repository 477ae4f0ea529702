import type { AllocationInstance, AllocationProgress, AllocationResult } from '../allocation/types.ts';

/** Messages between the server and its allocation thread (allocation-worker.ts). */
export interface AllocationJob {
  id: number;
  instance: AllocationInstance;
  timeLimitSeconds: number;
  /** Int32Array over it: 1 = stop, set by the server while the thread is busy solving. */
  stop: SharedArrayBuffer;
}

export type AllocationMessage =
  | { id: number; type: 'progress'; progress: AllocationProgress }
  | { id: number; type: 'done'; result: AllocationResult }
  | { id: number; type: 'failed'; message: string };
