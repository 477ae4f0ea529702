import type { B2BInstance, B2BResult, ScheduleProgress, ValidationIssue } from '../scheduling/types.ts';

/** Messages between the server and its scheduling thread (schedule-worker.ts). */
export interface ScheduleJob {
  id: number;
  instance: B2BInstance;
  timeLimitSeconds: number;
  /** Int32Array over it: 1 = stop, set by the server while the thread is busy solving. */
  stop: SharedArrayBuffer;
}

export type ScheduleMessage =
  | { id: number; type: 'progress'; progress: ScheduleProgress }
  | { id: number; type: 'done'; result: B2BResult }
  | { id: number; type: 'invalid'; errors: ValidationIssue[] }
  | { id: number; type: 'failed'; message: string };
