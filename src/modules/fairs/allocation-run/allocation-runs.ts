import { and, eq, lt, sql } from 'drizzle-orm';
import type { Database } from '../../../server/db/database.ts';
import { conflict } from '../../../server/http/app-error.ts';
import { rows } from '../../../server/db/rows.ts';
import { clock } from '../../../shared/time/clock.ts';
import type { Actor } from '../../audit/actor.ts';
import type { AllocationProgress, ProgressPoint } from '../allocation/types.ts';
import type { AllocationRun, AllocationRunInput } from '../contract.ts';
import { findFairRow } from '../fairs/find-fair.ts';
import { fairAllocationRuns } from '../tables.ts';
import { AllocationThread } from './allocation-thread.ts';
import { finishAllocationRun } from './finish-allocation-run.ts';
import { readFairInstance } from './read-fair-instance.ts';
import { releaseExpiredHolds } from '../assignments/release-expired-holds.ts';
import { toAllocationRun } from './allocation-run-view.ts';

/** How often a running run writes its progress and reads stop requests. */
const HEARTBEAT_MS = 400;
/** A run whose heartbeat is older than this lost its process. */
export const STALE_AFTER_MS = 30_000;
/** Progress points kept per run: enough to draw the curve, bounded for the record. */
const MAX_POINTS = 200;

export const DEFAULT_TIME_LIMIT_SECONDS = 10;

const allocationRunning = () => conflict('allocation_running', {
  vi: 'Hội chợ đang được phân gian hàng; hãy chờ lượt chạy hiện tại kết thúc hoặc dừng nó',
  en: 'Stalls are being allocated for this fair; wait for the current run to end or stop it',
});

/**
 * This process's allocation runs. `start` records the run and solves in the allocation thread;
 * the record carries the progress for every app process, a stop request reaches the run through
 * it, and the run ends by writing the plan (before publication) or a proposal to review. The
 * record is written by `finishAllocationRun`.
 */
export class AllocationRuns {
  private readonly thread = new AllocationThread();
  private readonly active = new Map<string, Promise<void>>();

  constructor(private readonly database: Database) {}

  /** Starts a run; `done` resolves once it has ended and its outcome is recorded. */
  async start(actor: Actor, fairKey: string, input: AllocationRunInput): Promise<{ run: AllocationRun; done: Promise<AllocationRun> }> {
    const { db } = this.database;
    const now = clock.now();
    const { fair, runId, kind, keepOffers } = await db.transaction(async (tx) => {
      const fair = await findFairRow(tx, fairKey);
      await rows(tx, sql`SELECT id FROM fairs WHERE id = ${fair.id} FOR UPDATE`);
      if (fair.status === 'closed') {
        throw conflict('fair_closed', { vi: 'Hội chợ đã kết thúc: không thể phân lại gian hàng', en: 'The fair is closed: stalls can no longer be allocated' });
      }
      // A run whose process died no longer holds the fair.
      await tx.update(fairAllocationRuns)
        .set({ status: 'failed', finishedAt: now, error: { code: 'run_interrupted', message: { vi: 'Lượt chạy bị gián đoạn', en: 'The run was interrupted' } } })
        .where(and(eq(fairAllocationRuns.fairId, fair.id), eq(fairAllocationRuns.status, 'running'), lt(fairAllocationRuns.heartbeatAt, new Date(now.getTime() - STALE_AFTER_MS))));
      const [running] = await tx.select({ id: fairAllocationRuns.id }).from(fairAllocationRuns)
        .where(and(eq(fairAllocationRuns.fairId, fair.id), eq(fairAllocationRuns.status, 'running')));
      if (running !== undefined) throw allocationRunning();
      // A new run replaces a proposal nobody applied.
      await tx.update(fairAllocationRuns).set({ status: 'discarded' })
        .where(and(eq(fairAllocationRuns.fairId, fair.id), eq(fairAllocationRuns.status, 'proposed')));
      const live = fair.status === 'published' || fair.status === 'running';
      const kind = live ? 'proposal' as const : 'apply' as const;
      const keepOffers = input.keepOffers ?? live;
      const [row] = await tx.insert(fairAllocationRuns).values({
        fairId: fair.id, kind, status: 'running', keepOffers, timeLimitSeconds: input.timeLimitSeconds ?? DEFAULT_TIME_LIMIT_SECONDS,
        startedBy: actor.id, startedAt: now, heartbeatAt: now, stopRequested: false, progress: [],
      }).returning({ id: fairAllocationRuns.id });
      return { fair, runId: row?.id ?? '', kind, keepOffers };
    }).catch((error: unknown) => {
      // Two starts at once: the unique index lets one through.
      if (typeof error === 'object' && error !== null && 'constraint' in error && error.constraint === 'fair_allocation_runs_one_running') throw allocationRunning();
      throw error;
    });
    const execution = this.execute(actor, runId, fair.id, kind, keepOffers, input.timeLimitSeconds ?? DEFAULT_TIME_LIMIT_SECONDS);
    this.active.set(runId, execution);
    const done = execution.finally(() => this.active.delete(runId)).then(() => this.view(runId));
    return { run: await this.view(runId), done };
  }

  async view(runId: string): Promise<AllocationRun> {
    const [row] = await this.database.db.select().from(fairAllocationRuns).where(eq(fairAllocationRuns.id, runId));
    if (row === undefined) throw new Error(`allocation run ${runId} vanished`);
    return toAllocationRun(row);
  }

  /** Ends every run of this process early (server shutdown): each still records its best plan. */
  async close(): Promise<void> {
    const running = [...this.active.values()];
    await this.thread.close();
    await Promise.allSettled(running);
  }

  private async execute(actor: Actor, runId: string, fairId: string, kind: 'apply' | 'proposal', keepOffers: boolean, timeLimitSeconds: number): Promise<void> {
    const { db } = this.database;
    const points: ProgressPoint[] = [];
    let latest: AllocationProgress | null = null;
    let version = 0;
    let written = 0;
    let timer: NodeJS.Timeout | undefined;
    try {
      const input = await db.transaction(async (tx) => {
        await releaseExpiredHolds(tx, clock.now());
        return readFairInstance(tx, await findFairRow(tx, fairId), keepOffers);
      });
      const handle = this.thread.run(input.instance, timeLimitSeconds, (progress) => {
        latest = progress;
        version++;
        const last = points.at(-1);
        if (last !== undefined && progress.ms - last.ms < 100 && points.length > 1) points[points.length - 1] = point(progress);
        else points.push(point(progress));
        if (points.length > MAX_POINTS) points.splice(1, 1);
      });
      const beat = async (): Promise<void> => {
        const [row] = await db.update(fairAllocationRuns).set({
          heartbeatAt: clock.now(),
          ...(version !== written && latest !== null ? { progress: [...points], objective: latest.objective, bound: latest.bound } : {}),
        }).where(eq(fairAllocationRuns.id, runId)).returning({ stop: fairAllocationRuns.stopRequested });
        written = version;
        if (row?.stop === true) handle.stop();
      };
      const loop = (): void => {
        timer = setTimeout(() => void beat().catch(() => undefined).finally(() => { if (timer !== undefined) loop(); }), HEARTBEAT_MS);
      };
      loop();
      const result = await handle.result;
      clearTimeout(timer);
      timer = undefined;
      await finishAllocationRun(this.database, actor, { runId, fairId, kind, keepOffers, input, result, progress: points });
    } catch (error) {
      clearTimeout(timer);
      timer = undefined;
      const message = error instanceof Error ? error.message : String(error);
      const known = typeof error === 'object' && error !== null && 'code' in error && 'messages' in error;
      await db.update(fairAllocationRuns).set({
        status: 'failed', finishedAt: clock.now(), progress: points,
        error: known ? { code: String(error.code), message: error.messages as { vi: string; en: string } } : { code: 'allocation_failed', message: { vi: `Phân gian hàng thất bại: ${message}`, en: `The allocation failed: ${message}` } },
      }).where(eq(fairAllocationRuns.id, runId));
    }
  }
}

const point = (progress: AllocationProgress): ProgressPoint => ({ ms: progress.ms, objective: progress.objective, bound: progress.bound });
