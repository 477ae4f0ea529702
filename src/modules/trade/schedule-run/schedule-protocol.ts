import type { SolverJob, SolverMessage } from '../../../server/worker-thread/solver-thread.ts';
import type { B2BInstance, B2BResult, ScheduleProgress } from '../scheduling/types.ts';

/** Messages between the server and its scheduling thread (schedule-worker.ts); a malformed instance fails with its issues as details. */
export type ScheduleJob = SolverJob<B2BInstance>;
export type ScheduleMessage = SolverMessage<ScheduleProgress, B2BResult>;
