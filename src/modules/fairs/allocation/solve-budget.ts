import type { SolveLimits } from './highs-runtime.ts';
import type { AllocationProgress, ProgressPoint } from './types.ts';

const opensGap = (objective: number, bound: number): boolean => objective < bound - 1e-9 * Math.max(1, Math.abs(bound));

/**
 * The time budget of one allocation and the record of its progress. Every
 * phase asks `exhausted()` before starting and hands HiGHS `remainingSeconds()`
 * plus an interrupt callback, so the run ends at the limit (or at a stop
 * request) with the best solution found; `offer` records each better solution
 * or tighter bound, in the result's trace and through `onProgress`.
 */
export class SolveBudget {
  private readonly started = performance.now();
  private readonly deadline: number;
  /** Best objective found so far and best proven bound (whole instance). */
  objective = -Infinity;
  bound = Infinity;
  /** The phase that proved `bound`. */
  boundPhase = 'none';
  readonly trace: ProgressPoint[] = [];
  /** Why the run ended early, when it did. */
  endedEarly: 'time-limit' | 'stopped' | null = null;

  constructor(
    timeLimitSeconds: number,
    private readonly shouldStop: () => boolean = () => false,
    private readonly onProgress: (progress: AllocationProgress) => void = () => undefined,
  ) {
    this.deadline = this.started + Math.max(0, timeLimitSeconds) * 1000;
  }

  elapsedMs(): number {
    return performance.now() - this.started;
  }

  /** Seconds left for a solver call (never 0: HiGHS reads 0 as "no time at all", which still costs a setup). */
  remainingSeconds(): number {
    return Math.max(0.001, (this.deadline - performance.now()) / 1000);
  }

  /** True once the time is up or a stop was requested; the reason is kept in `endedEarly`. */
  exhausted(): boolean {
    if (this.endedEarly !== null) return true;
    if (this.shouldStop()) this.endedEarly = 'stopped';
    else if (performance.now() >= this.deadline) this.endedEarly = 'time-limit';
    return this.endedEarly !== null;
  }

  /** True while the best objective is below the best bound. */
  open(): boolean {
    return opensGap(this.objective, this.bound);
  }

  /** Records a feasible objective and/or a proven bound (whole instance); reports when either improved. */
  offer(phase: string, values: { objective?: number; bound?: number }): void {
    let improved = false;
    if (values.objective !== undefined && values.objective > this.objective + 1e-9) {
      this.objective = values.objective;
      improved = true;
    }
    if (values.bound !== undefined && values.bound < this.bound - 1e-9) {
      this.bound = Math.max(values.bound, this.objective);
      this.boundPhase = phase;
      improved = true;
    }
    if (!improved || !Number.isFinite(this.objective)) return;
    const point: ProgressPoint = { ms: Math.round(this.elapsedMs()), objective: this.objective, bound: Number.isFinite(this.bound) ? this.bound : null };
    this.trace.push(point);
    const gap = point.bound === null ? null : point.bound === 0 ? 0 : Math.max(0, (point.bound - point.objective) / Math.abs(point.bound));
    this.onProgress({ ...point, gap, phase });
  }

  /**
   * Limits for one HiGHS solve: the time left, an interrupt at the deadline or
   * stop, and progress reports. `objectiveOffset` turns the model's incumbents
   * into whole-instance objectives, `boundOffset` its dual bound into a
   * whole-instance bound — only for models whose bound is one.
   */
  solverLimits(phase: string, nodeLimit: number, report: { objectiveOffset?: number; boundOffset?: number } = {}): SolveLimits {
    const { objectiveOffset, boundOffset } = report;
    return {
      nodeLimit,
      timeLimitSeconds: this.remainingSeconds(),
      interrupt: () => this.exhausted(),
      ...(objectiveOffset === undefined ? {} : { onIncumbent: (value: number) => this.offer(phase, { objective: objectiveOffset + value }) }),
      ...(boundOffset === undefined ? {} : { onBound: (value: number) => this.offer(phase, { bound: boundOffset + value }) }),
    };
  }
}
