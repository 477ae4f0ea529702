import { and, eq } from 'drizzle-orm';
import type { Queryable } from '../../server/db/database.ts';
import type { SignedInUser } from '../../server/http/access.ts';
import { forbidden } from '../../server/http/app-error.ts';
import { STAFF } from '../accounts/roles.ts';
import { outletOperators, outletSurveys } from './tables.ts';

/**
 * Who may see and act on a point: programme staff on every point; an operator account on the
 * points it is linked to (outlet_operators); a surveyor on the points it has a survey of.
 */
export const isStaff = (user: SignedInUser | null): boolean => Boolean(user && STAFF.includes(user.role));

const notYours = () => forbidden({ vi: 'Bạn chỉ làm việc với điểm bán được giao cho mình', en: 'You can only work on the points assigned to you' });

export async function operatesPoint(db: Queryable, user: SignedInUser, pointId: string): Promise<boolean> {
  if (user.role !== 'operator') return false;
  const [link] = await db.select({ pointId: outletOperators.pointId }).from(outletOperators)
    .where(and(eq(outletOperators.userId, user.id), eq(outletOperators.pointId, pointId))).limit(1);
  return Boolean(link);
}

/** Staff, or the point's own operator: stock, sales, the point's page details. */
export async function assertActsForPoint(db: Queryable, user: SignedInUser | null, pointId: string): Promise<void> {
  if (isStaff(user)) return;
  if (user && (await operatesPoint(db, user, pointId))) return;
  throw notYours();
}

/** Reading a point's back-office record: staff, its operator, or a surveyor assigned to it. */
export async function assertCanSeePoint(db: Queryable, user: SignedInUser | null, pointId: string): Promise<void> {
  if (!user) throw notYours();
  if (isStaff(user)) return;
  if (user.role === 'operator' && (await operatesPoint(db, user, pointId))) return;
  if (user.role === 'surveyor') {
    const [survey] = await db.select({ id: outletSurveys.id }).from(outletSurveys)
      .where(and(eq(outletSurveys.surveyorId, user.id), eq(outletSurveys.pointId, pointId))).limit(1);
    if (survey) return;
  }
  throw notYours();
}

/** The points an operator account acts for (empty for other roles). */
export async function operatedPointIds(db: Queryable, user: SignedInUser): Promise<string[]> {
  if (user.role !== 'operator') return [];
  const links = await db.select({ pointId: outletOperators.pointId }).from(outletOperators).where(eq(outletOperators.userId, user.id));
  return links.map((l) => l.pointId);
}
