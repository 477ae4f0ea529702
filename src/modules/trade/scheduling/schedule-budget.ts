import type { ScheduleEnd, ScheduleProgress } from './types.ts';

const below = (value: number, bound: number): boolean => bound === Infinity ? value < Infinity : value < bound - 1e-9 * Math.max(1, Math.abs(bound));

/**
 * The time budget of one scheduling call, the caller's stop request and the record of its
 * progress. Every phase asks `expired()` before starting and between moves; HiGHS gets
 * `interrupt` (only when the caller can ask to stop: each registered callback costs a crossing
 * into JavaScript). `offer` hears every schedule value and proven bound found, in the terms of
 * the free pairs; it reports the whole instance's figures (locked meetings added) when either
 * improves.
 */
export class ScheduleBudget {
  private readonly started = performance.now();
  readonly deadline: number;
  /** True once the caller asked to stop (kept: the answer never changes back). */
  stopped = false;
  private value = -Infinity;
  private bound = Infinity;
  readonly interrupt: (() => boolean) | undefined;

  constructor(
    timeLimitSeconds: number,
    private readonly lockedValue: number,
    private readonly shouldStop: (() => boolean) | undefined,
    private readonly onProgress: ((progress: ScheduleProgress) => void) | undefined,
  ) {
    this.deadline = this.started + timeLimitSeconds * 1000;
    this.interrupt = shouldStop === undefined ? undefined : () => this.expired();
  }

  /** True once the time is up or a stop was asked for. */
  expired(): boolean {
    if (this.stopped) return true;
    if (this.shouldStop?.() === true) {
      this.stopped = true;
      return true;
    }
    return performance.now() > this.deadline;
  }

  /** Seconds left for a solver call (never 0: HiGHS reads 0 as "no time at all", which still costs a setup). */
  remainingSeconds(): number {
    return Math.max(0.05, (this.deadline - performance.now()) / 1000);
  }

  elapsedMs(): number {
    return performance.now() - this.started;
  }

  /** A feasible schedule's value and/or a proven bound, both over the free pairs. */
  offer(values: { value?: number; bound?: number }): void {
    let improved = false;
    if (values.value !== undefined && values.value > this.value + 1e-9) {
      this.value = values.value;
      improved = true;
    }
    if (values.bound !== undefined && below(values.bound, this.bound)) {
      this.bound = values.bound;
      improved = true;
    }
    if (!improved || this.onProgress === undefined || !Number.isFinite(this.value) || !Number.isFinite(this.bound)) return;
    // A bound within rounding under a found value is that value: the curve never crosses.
    const bound = Math.max(this.bound, this.value);
    this.onProgress({ ms: Math.round(this.elapsedMs()), value: this.value + this.lockedValue, bound: bound + this.lockedValue });
  }

  /** How the call ended, given whether a gap is left. */
  endedBy(open: boolean, timeLimitHit: boolean): ScheduleEnd {
    if (!open) return 'proven-optimal';
    if (this.stopped) return 'stopped';
    return timeLimitHit ? 'time-limit' : 'work-limit';
  }
}
