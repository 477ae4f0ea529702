import { eq, sql } from 'drizzle-orm';
import type { Database } from '../../../server/db/database.ts';
import { rows } from '../../../server/db/rows.ts';
import { badRequest, conflict, notFound } from '../../../server/http/app-error.ts';
import type { Actor } from '../../audit/actor.ts';
import { changedFields } from '../../audit/changed-fields.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import type { StallShape, StallUpdate } from '../contract.ts';
import { findFairRow } from '../fairs/find-fair.ts';
import { fairPlanDrafts, stalls } from '../tables.ts';
import { isDetached, stallDetached } from './stall-detached.ts';
import { findOverlap, findOverlapWith, stallsOverlap } from './stall-overlaps.ts';

/** What the schema cannot say of one stall: only a service-zone stall names a service. */
export function assertStallShape(s: StallShape): void {
  if (s.service && s.zone !== 'service') {
    throw badRequest('service_outside_service_zone', {
      vi: `Gian ${s.code}: chỉ khu dịch vụ mới ghi loại dịch vụ`,
      en: `Stall ${s.code}: only a service-zone stall names a service`,
    });
  }
}

const stallValues = (fairId: string, s: StallShape) => {
  assertStallShape(s);
  return stallRow(fairId, s);
};

const stallRow = (fairId: string, s: StallShape) => ({
  fairId,
  code: s.code,
  zone: s.zone,
  x: s.x,
  y: s.y,
  width: s.width,
  depth: s.depth,
  corner: s.corner ?? false,
  power: s.power ?? false,
  water: s.water ?? false,
  sizeClass: s.sizeClass ?? 'standard',
  blocked: s.blocked ?? false,
  service: s.zone === 'service' ? (s.service ?? null) : null,
});

/**
 * Replaces a fair's floor plan (generated, or imported as JSON). Refused once stalls are assigned:
 * the assignments would point at stalls that no longer exist, and when two stalls overlap.
 */
export async function replaceFloorPlan(database: Database, actor: Actor, fairKey: string, plan: StallShape[]): Promise<{ stalls: number }> {
  const overlap = findOverlap(plan);
  if (overlap !== null) throw stallsOverlap(...overlap);
  return database.db.transaction(async (tx) => {
    const fair = await findFairRow(tx, fairKey);
    const [assigned] = await rows<{ n: number }>(tx, sql`SELECT count(*)::int AS n FROM stall_assignments WHERE fair_id = ${fair.id}`);
    if ((assigned?.n ?? 0) > 0) {
      throw conflict('stalls_assigned', {
        vi: 'Đã có gian hàng được phân bổ; hãy sửa từng gian thay vì thay cả sơ đồ',
        en: 'Stalls are already assigned; edit stalls one by one instead of replacing the plan',
      });
    }
    await tx.delete(stalls).where(eq(stalls.fairId, fair.id));
    // The draft's edits were of the stalls just replaced.
    await tx.delete(fairPlanDrafts).where(eq(fairPlanDrafts.fairId, fair.id));
    for (let i = 0; i < plan.length; i += 500) {
      await tx.insert(stalls).values(plan.slice(i, i + 500).map((s) => stallValues(fair.id, s)));
    }
    await recordAudit(tx, actor, { action: 'fair.floor-plan.replace', entity: 'fair', entityId: fair.id, changes: { stalls: plan.length } });
    return { stalls: plan.length };
  });
}

/**
 * Moves, resizes or re-attributes one stall (the visual editor's save). Refused when the stall
 * would then overlap another; the fair's stalls are locked so two moves at once cannot collide.
 */
export async function updateStall(database: Database, actor: Actor, fairKey: string, stallId: string, input: StallUpdate): Promise<void> {
  await database.db.transaction(async (tx) => {
    const fair = await findFairRow(tx, fairKey);
    const plan = await tx.select().from(stalls).where(eq(stalls.fairId, fair.id)).orderBy(stalls.code).for('update');
    const before = plan.find((s) => s.id === stallId);
    if (!before) throw notFound({ vi: 'Không tìm thấy gian hàng', en: 'Stall not found' });
    const next = stallValues(fair.id, { ...before, ...input });
    const others = plan.filter((s) => s.id !== stallId);
    const hit = findOverlapWith(next, others);
    if (hit !== null) throw stallsOverlap(next, hit);
    if (isDetached(next, others)) throw stallDetached(next);
    await tx.update(stalls).set(next).where(eq(stalls.id, stallId));
    await recordAudit(tx, actor, { action: 'fair.stall.update', entity: 'stall', entityId: stallId, changes: changedFields(before, next) });
  });
}
