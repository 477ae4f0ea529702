import { sql, type SQL } from 'drizzle-orm';
import type { SurveySummary } from '../contract.ts';
import type { CriteriaDefinition } from '../criteria/definition.ts';
import type { EvaluationResult } from '../criteria/evaluate-criteria.ts';
import type { PointKind } from '../domain/point-kinds.ts';
import type { PointStatus } from '../domain/point-status.ts';
import { iso } from '../points/point-row.ts';
import type { SurveyStatus } from '../tables.ts';

/** Columns of a survey with its point, version and surveyor: outlet_surveys `s`, outlet_points `o`, versions `c`, users `u`. */
export const surveyColumns: SQL = sql.raw(`s.id, s.status, s.due_on, s.assigned_at, s.submitted_at, s.result,
  o.id AS point_id, o.slug AS point_slug, o.name_vi AS point_name_vi, o.name_en AS point_name_en, o.kind AS point_kind, o.status AS point_status,
  o.address AS point_address, o.commune AS point_commune, o.latitude AS point_latitude, o.longitude AS point_longitude,
  c.id AS criteria_id, c.set_code, c.version AS criteria_version, c.definition->'title' AS criteria_title, u.id AS surveyor_id, u.display_name AS surveyor_name, u.email AS surveyor_email`);

export const surveyJoins: SQL = sql.raw(`outlet_surveys s JOIN outlet_points o ON o.id = s.point_id
  JOIN outlet_criteria_versions c ON c.id = s.criteria_version_id JOIN users u ON u.id = s.surveyor_id`);

export interface SurveyRow {
  id: string;
  status: SurveyStatus;
  due_on: string | null;
  assigned_at: Date | string;
  submitted_at: Date | string | null;
  result: EvaluationResult | null;
  point_id: string;
  point_slug: string;
  point_name_vi: string;
  point_name_en: string;
  point_kind: PointKind;
  point_status: PointStatus;
  point_address: string;
  point_commune: string;
  point_latitude: number;
  point_longitude: number;
  criteria_id: string;
  set_code: string;
  criteria_version: number;
  criteria_title: CriteriaDefinition['title'];
  surveyor_id: string;
  surveyor_name: string;
  surveyor_email: string;
}

export function toSurveySummary(row: SurveyRow): SurveySummary {
  return {
    id: row.id,
    status: row.status,
    point: {
      id: row.point_id, slug: row.point_slug, name: { vi: row.point_name_vi, en: row.point_name_en }, kind: row.point_kind, status: row.point_status,
      address: row.point_address, commune: row.point_commune, latitude: Number(row.point_latitude), longitude: Number(row.point_longitude),
    },
    criteria: { id: row.criteria_id, set: row.set_code, version: Number(row.criteria_version), title: row.criteria_title },
    surveyor: { id: row.surveyor_id, displayName: row.surveyor_name, email: row.surveyor_email },
    dueOn: row.due_on,
    assignedAt: iso(row.assigned_at),
    submittedAt: row.submitted_at ? iso(row.submitted_at) : null,
    score: row.result?.total.score ?? null,
    eligible: row.result ? row.result.eligible : null,
    suggestedDecision: row.result?.suggestedDecision ?? null,
  };
}
