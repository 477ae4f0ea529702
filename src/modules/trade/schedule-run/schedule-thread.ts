import { SolverThread, type SolverHandle } from '../../../server/worker-thread/solver-thread.ts';
import { InstanceValidationError } from '../scheduling/index.ts';
import type { B2BInstance, B2BResult, ScheduleProgress, ValidationIssue } from '../scheduling/types.ts';

export type ScheduleHandle = SolverHandle<B2BResult>;

/**
 * This process's scheduling thread (schedule-worker.ts): a second conference's run waits for the
 * first. A malformed instance rejects with the InstanceValidationError the direct call throws.
 */
export class ScheduleThread extends SolverThread<B2BInstance, ScheduleProgress, B2BResult> {
  constructor() {
    super(new URL('./schedule-worker.ts', import.meta.url), {
      name: 'scheduling',
      toError: ({ message, details }) => (Array.isArray(details) ? new InstanceValidationError('B2B', details as ValidationIssue[]) : new Error(message)),
    });
  }
}
