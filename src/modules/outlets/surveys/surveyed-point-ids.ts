import { eq } from 'drizzle-orm';
import type { Queryable } from '../../../server/db/database.ts';
import { outletSurveys } from '../tables.ts';

/** The points a surveyor has (or had) a survey of: the only points it sees. */
export async function surveyedPointIds(db: Queryable, surveyorId: string): Promise<string[]> {
  const found = await db.selectDistinct({ pointId: outletSurveys.pointId }).from(outletSurveys).where(eq(outletSurveys.surveyorId, surveyorId));
  return found.map((f) => f.pointId);
}
