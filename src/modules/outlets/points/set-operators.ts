import { eq, inArray } from 'drizzle-orm';
import type { Database } from '../../../server/db/database.ts';
import { badRequest } from '../../../server/http/app-error.ts';
import type { Actor } from '../../audit/actor.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { users } from '../../accounts/tables.ts';
import { outletOperators } from '../tables.ts';
import { findPointRow } from './find-point.ts';

/** Links the operator accounts that act for a point (replacing the previous links). */
export async function setPointOperators(database: Database, actor: Actor, key: string, userIds: readonly string[]): Promise<void> {
  await database.db.transaction(async (tx) => {
    const point = await findPointRow(tx, key, { forUpdate: true });
    const found = userIds.length ? await tx.select({ id: users.id, role: users.role }).from(users).where(inArray(users.id, [...userIds])) : [];
    const wrong = userIds.filter((id) => found.find((u) => u.id === id)?.role !== 'operator');
    if (wrong.length) {
      throw badRequest('not_an_operator', { vi: 'Chỉ tài khoản đơn vị vận hành điểm bán mới được gắn với điểm bán', en: 'Only point-of-sale operator accounts can be linked to a point' }, { userIds: wrong });
    }
    const before = await tx.select({ userId: outletOperators.userId }).from(outletOperators).where(eq(outletOperators.pointId, point.id));
    await tx.delete(outletOperators).where(eq(outletOperators.pointId, point.id));
    if (userIds.length) await tx.insert(outletOperators).values(userIds.map((userId) => ({ userId, pointId: point.id })));
    await recordAudit(tx, actor, { action: 'outlet-point.set-operators', entity: 'outlet_point', entityId: point.id, changes: { from: before.map((b) => b.userId), to: userIds } });
  });
}
