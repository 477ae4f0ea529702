import type { SolverJob, SolverMessage } from '../../../server/worker-thread/solver-thread.ts';
import type { AllocationInstance, AllocationProgress, AllocationResult } from '../allocation/types.ts';

/** Messages between the server and its allocation thread (allocation-worker.ts). */
export type AllocationJob = SolverJob<AllocationInstance>;
export type AllocationMessage = SolverMessage<AllocationProgress, AllocationResult>;
