import { SolverThread, type SolverHandle } from '../../../server/worker-thread/solver-thread.ts';
import type { AllocationInstance, AllocationProgress, AllocationResult } from '../allocation/types.ts';

export type AllocationHandle = SolverHandle<AllocationResult>;

/** This process's allocation thread (allocation-worker.ts): a second fair's run waits for the first. */
export class AllocationThread extends SolverThread<AllocationInstance, AllocationProgress, AllocationResult> {
  constructor() {
    super(new URL('./allocation-worker.ts', import.meta.url), { name: 'allocation' });
  }
}
