import { eq, sql } from 'drizzle-orm';
import type { Database } from '../../../server/db/database.ts';
import { rows } from '../../../server/db/rows.ts';
import { clock } from '../../../shared/time/clock.ts';
import type { Actor } from '../../audit/actor.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { evaluateAssignment } from '../allocation/evaluate-assignment.ts';
import type { AllocationResult, ProgressPoint } from '../allocation/types.ts';
import type { AllocationReport } from '../contract.ts';
import { findFairRow } from '../fairs/find-fair.ts';
import { fairAllocationRuns } from '../tables.ts';
import { describeChanges, planChanges, rebasePlan, writeChanges } from './plan-changes.ts';
import { readFairInstance, type FairAllocationInput } from './read-fair-instance.ts';
import { spreadProvinces } from './spread-provinces.ts';

export const fairChanged = { vi: 'Hội chợ đã thay đổi trong lúc phân gian hàng (có gian được xác nhận hoặc xếp tay): hãy chạy lại', en: 'The fair changed while stalls were being allocated (a stall was confirmed or placed by hand): run it again' };

export interface FinishedRun {
  runId: string;
  fairId: string;
  kind: 'apply' | 'proposal';
  keepOffers: boolean;
  input: FairAllocationInput;
  result: AllocationResult;
  progress: ProgressPoint[];
}

/**
 * Records how a run ended. The plan is spread by province (without lowering the objective), then
 * checked against the fair as it is now: a stall confirmed or placed by hand during the run makes
 * the run fail rather than overwrite it. Before publication the changes are written at once (one
 * transaction with the audit row); once published they become a proposal to review.
 */
export async function finishAllocationRun(database: Database, actor: Actor, run: FinishedRun): Promise<void> {
  const { input, result } = run;
  const provinces = new Map([...input.applicants].map(([id, a]) => [id, a.province]));
  const spread = spreadProvinces(input.instance, result.assignments, provinces);
  const objective = evaluateAssignment(input.instance, spread.assignments).objective;
  const now = clock.now();
  await database.db.transaction(async (tx) => {
    const fair = await findFairRow(tx, run.fairId);
    await rows(tx, sql`SELECT id FROM fairs WHERE id = ${fair.id} FOR UPDATE`);
    const holdExpiresAt = new Date(now.getTime() + fair.holdHours * 3600 * 1000);
    const report: AllocationReport = {
      objective,
      bound: result.bound,
      gap: result.bound > 0 ? Math.max(0, (result.bound - objective) / result.bound) : 0,
      method: result.method,
      endedBy: result.stats.endedBy,
      placed: Object.keys(spread.assignments).length,
      sameProvinceNeighbours: { before: spread.sameProvincePairsBefore, after: spread.sameProvincePairsAfter },
      unplaced: result.unplaced.map((u) => ({ applicationId: u.id, producerName: input.applicants.get(u.id)?.producerName ?? '', reason: u.reason })),
      holdExpiresAt: holdExpiresAt.toISOString(),
    };
    const ended = { finishedAt: now, endedBy: result.stats.endedBy, objective, bound: result.bound, progress: run.progress, report, plan: spread.assignments };
    const fresh = await readFairInstance(tx, fair, run.keepOffers);
    const plan = rebasePlan(spread.assignments, fresh);
    if (plan === null) {
      await tx.update(fairAllocationRuns).set({ ...ended, status: 'failed', error: { code: 'fair_changed', message: fairChanged } }).where(eq(fairAllocationRuns.id, run.runId));
      return;
    }
    const changes = planChanges(plan, fresh);
    const described = describeChanges(changes, fresh);
    if (run.kind === 'proposal') {
      await tx.update(fairAllocationRuns).set({ ...ended, status: 'proposed', changes: described }).where(eq(fairAllocationRuns.id, run.runId));
      return;
    }
    await writeChanges(tx, fair, changes, holdExpiresAt);
    await tx.update(fairAllocationRuns).set({ ...ended, status: 'applied', changes: described, appliedAt: now, appliedBy: actor.id }).where(eq(fairAllocationRuns.id, run.runId));
    await recordAudit(tx, actor, {
      action: 'fair.allocate', entity: 'fair', entityId: fair.id,
      changes: { run: run.runId, objective, bound: result.bound, gap: report.gap, endedBy: report.endedBy, placed: report.placed, unplaced: report.unplaced.length, changed: changes.length },
    });
  });
}
