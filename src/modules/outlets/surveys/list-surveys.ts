import { sql, type SQL } from 'drizzle-orm';
import type { Queryable } from '../../../server/db/database.ts';
import { rows } from '../../../server/db/rows.ts';
import type { SurveyListQuery, SurveySummary } from '../contract.ts';
import { surveyColumns, surveyJoins, toSurveySummary, type SurveyRow } from './survey-row.ts';

/** Surveys, newest first; a surveyor's list holds its own surveys only (`surveyorId`). */
export async function listSurveys(db: Queryable, query: SurveyListQuery & { surveyorId?: string }): Promise<{ items: SurveySummary[]; total: number }> {
  const where: SQL[] = [sql`true`];
  if (query.surveyorId) where.push(sql`s.surveyor_id = ${query.surveyorId}`);
  if (query.status) where.push(sql`s.status = ${query.status}`);
  if (query.pointId) where.push(sql`s.point_id = ${query.pointId}`);
  const condition = sql.join(where, sql` AND `);
  const pageSize = query.pageSize ?? 20;
  const found = await rows<SurveyRow>(db, sql`
    SELECT ${surveyColumns} FROM ${surveyJoins} WHERE ${condition}
    ORDER BY CASE s.status WHEN 'submitted' THEN 0 WHEN 'assigned' THEN 1 WHEN 'has-issues' THEN 2 ELSE 3 END, s.assigned_at DESC, s.id
    LIMIT ${pageSize} OFFSET ${((query.page ?? 1) - 1) * pageSize}`);
  const [counted] = await rows<{ n: string | number }>(db, sql`SELECT count(*) AS n FROM outlet_surveys s WHERE ${condition}`);
  return { items: found.map(toSurveySummary), total: Number(counted?.n ?? 0) };
}
