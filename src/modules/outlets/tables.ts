import { bigint, boolean, date, doublePrecision, integer, jsonb, numeric, pgTable, primaryKey, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { clock } from '../../shared/time/clock.ts';
import type { CriteriaAnswers, CriteriaDefinition } from './criteria/definition.ts';
import type { EvaluationResult } from './criteria/evaluate-criteria.ts';
import type { PointKind } from './domain/point-kinds.ts';
import type { PointStatus } from './domain/point-status.ts';
import type { NearbySite, OpeningProgrammeItem, WeeklyHours, HoursInterval } from './domain/shapes.ts';

// Mirrors migrations/0040_outlets.sql, which holds the constraints and the frozen-version trigger.
const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export type SurveyStatus = 'assigned' | 'submitted' | 'has-issues' | 'approved' | 'rejected';
export type SupportKind = 'signage' | 'shelves' | 'counter' | 'refrigerator' | 'pos' | 'lighting' | 'display-screen' | 'other';
export type SupportStatus = 'planned' | 'ordered' | 'delivered' | 'accepted' | 'cancelled';
export type OtherBasis = 'key-product' | 'typical-rural-product' | 'local-specialty';

export const outletPoints = pgTable('outlet_points', {
  id: uuid('id').primaryKey().defaultRandom(),
  slug: text('slug').notNull(),
  nameVi: text('name_vi').notNull(),
  nameEn: text('name_en').notNull(),
  kind: text('kind').$type<PointKind>().notNull(),
  locationType: smallint('location_type').notNull(),
  address: text('address').notNull(),
  commune: text('commune').notNull(),
  legacyDistrict: text('legacy_district'),
  latitude: doublePrecision('latitude').notNull(),
  longitude: doublePrecision('longitude').notNull(),
  floorAreaM2: numeric('floor_area_m2', { precision: 8, scale: 1, mode: 'number' }),
  descriptionVi: text('description_vi').notNull(),
  descriptionEn: text('description_en').notNull(),
  weeklyHours: jsonb('weekly_hours').$type<WeeklyHours>().notNull(),
  operatorName: text('operator_name').notNull(),
  contactName: text('contact_name').notNull(),
  phone: text('phone').notNull(),
  email: text('email').notNull(),
  craftVillageId: uuid('craft_village_id'),
  nearbySites: jsonb('nearby_sites').$type<NearbySite[]>().notNull(),
  photos: uuid('photos').array().notNull(),
  status: text('status').$type<PointStatus>().notNull(),
  statusChangedAt: ts('status_changed_at').notNull().$defaultFn(clock.now),
  decisionNumber: text('decision_number'),
  decisionDate: date('decision_date', { mode: 'string' }),
  openedOn: date('opened_on', { mode: 'string' }),
  pilot: boolean('pilot').notNull(),
  createdAt: ts('created_at').notNull().$defaultFn(clock.now),
  updatedAt: ts('updated_at').notNull().$defaultFn(clock.now),
});

export const outletPointEvents = pgTable('outlet_point_events', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  pointId: uuid('point_id').notNull(),
  fromStatus: text('from_status').$type<PointStatus>(),
  toStatus: text('to_status').$type<PointStatus>().notNull(),
  reason: text('reason').notNull(),
  decisionNumber: text('decision_number'),
  decisionDate: date('decision_date', { mode: 'string' }),
  actorId: uuid('actor_id'),
  actorEmail: text('actor_email').notNull(),
  at: ts('at').notNull().$defaultFn(clock.now),
});

export const outletHoursExceptions = pgTable('outlet_hours_exceptions', {
  id: uuid('id').primaryKey().defaultRandom(),
  pointId: uuid('point_id').notNull(),
  startsOn: date('starts_on', { mode: 'string' }).notNull(),
  endsOn: date('ends_on', { mode: 'string' }).notNull(),
  hours: jsonb('hours').$type<HoursInterval[]>().notNull(),
  labelVi: text('label_vi').notNull(),
  labelEn: text('label_en').notNull(),
});

export const outletOperators = pgTable('outlet_operators', {
  userId: uuid('user_id').notNull(),
  pointId: uuid('point_id').notNull(),
}, (t) => [primaryKey({ columns: [t.userId, t.pointId] })]);

export const outletCriteriaVersions = pgTable('outlet_criteria_versions', {
  id: uuid('id').primaryKey().defaultRandom(),
  setCode: text('set_code').notNull(),
  version: integer('version').notNull(),
  definition: jsonb('definition').$type<CriteriaDefinition>().notNull(),
  status: text('status').$type<'draft' | 'published'>().notNull(),
  publishedAt: ts('published_at'),
  publishedBy: uuid('published_by'),
  createdAt: ts('created_at').notNull().$defaultFn(clock.now),
  updatedAt: ts('updated_at').notNull().$defaultFn(clock.now),
});

export const outletSurveys = pgTable('outlet_surveys', {
  id: uuid('id').primaryKey().defaultRandom(),
  pointId: uuid('point_id').notNull(),
  criteriaVersionId: uuid('criteria_version_id').notNull(),
  surveyorId: uuid('surveyor_id').notNull(),
  assignedBy: uuid('assigned_by'),
  assignedAt: ts('assigned_at').notNull().$defaultFn(clock.now),
  dueOn: date('due_on', { mode: 'string' }),
  status: text('status').$type<SurveyStatus>().notNull(),
  answers: jsonb('answers').$type<CriteriaAnswers>().notNull(),
  result: jsonb('result').$type<EvaluationResult>(),
  latitude: doublePrecision('latitude'),
  longitude: doublePrecision('longitude'),
  accuracyM: doublePrecision('accuracy_m'),
  answeredAt: ts('answered_at'),
  submittedAt: ts('submitted_at'),
  updatedAt: ts('updated_at').notNull().$defaultFn(clock.now),
});

export const outletSurveySubmissions = pgTable('outlet_survey_submissions', {
  clientId: uuid('client_id').primaryKey(),
  surveyId: uuid('survey_id').notNull(),
  receivedAt: ts('received_at').notNull().$defaultFn(clock.now),
});

export const outletSurveyReviews = pgTable('outlet_survey_reviews', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  surveyId: uuid('survey_id').notNull(),
  outcome: text('outcome').$type<'has-issues' | 'approved' | 'rejected'>().notNull(),
  comment: text('comment').notNull(),
  reviewerId: uuid('reviewer_id'),
  reviewerEmail: text('reviewer_email').notNull(),
  at: ts('at').notNull().$defaultFn(clock.now),
});

export const outletSupportItems = pgTable('outlet_support_items', {
  id: uuid('id').primaryKey().defaultRandom(),
  pointId: uuid('point_id').notNull(),
  kind: text('kind').$type<SupportKind>().notNull(),
  description: text('description').notNull(),
  budgetVnd: bigint('budget_vnd', { mode: 'number' }).notNull(),
  spentVnd: bigint('spent_vnd', { mode: 'number' }),
  supplier: text('supplier').notNull(),
  status: text('status').$type<SupportStatus>().notNull(),
  photos: uuid('photos').array().notNull(),
  acceptedOn: date('accepted_on', { mode: 'string' }),
  acceptedBy: uuid('accepted_by'),
  acceptanceNote: text('acceptance_note'),
  createdAt: ts('created_at').notNull().$defaultFn(clock.now),
  updatedAt: ts('updated_at').notNull().$defaultFn(clock.now),
});

export const outletOpenings = pgTable('outlet_openings', {
  pointId: uuid('point_id').primaryKey(),
  startsAt: ts('starts_at').notNull(),
  endsAt: ts('ends_at').notNull(),
  venueVi: text('venue_vi').notNull(),
  venueEn: text('venue_en').notNull(),
  announcementVi: text('announcement_vi').notNull(),
  announcementEn: text('announcement_en').notNull(),
  programme: jsonb('programme').$type<OpeningProgrammeItem[]>().notNull(),
  published: boolean('published').notNull(),
  createdAt: ts('created_at').notNull().$defaultFn(clock.now),
  updatedAt: ts('updated_at').notNull().$defaultFn(clock.now),
});

export const outletOpeningGuests = pgTable('outlet_opening_guests', {
  id: uuid('id').primaryKey().defaultRandom(),
  pointId: uuid('point_id').notNull(),
  name: text('name').notNull(),
  title: text('title').notNull(),
  organisation: text('organisation').notNull(),
  invitationCode: text('invitation_code').notNull(),
  createdAt: ts('created_at').notNull().$defaultFn(clock.now),
});

export const outletStockItems = pgTable('outlet_stock_items', {
  id: uuid('id').primaryKey().defaultRandom(),
  pointId: uuid('point_id').notNull(),
  productId: uuid('product_id'),
  otherName: text('other_name'),
  otherBasis: text('other_basis').$type<OtherBasis>(),
  quantity: integer('quantity').notNull(),
  priceVnd: bigint('price_vnd', { mode: 'number' }).notNull(),
  ownership: text('ownership').$type<'consigned' | 'bought'>().notNull(),
  since: date('since', { mode: 'string' }).notNull(),
  updatedAt: ts('updated_at').notNull().$defaultFn(clock.now),
});

export const outletSalesReports = pgTable('outlet_sales_reports', {
  id: uuid('id').primaryKey().defaultRandom(),
  pointId: uuid('point_id').notNull(),
  month: date('month', { mode: 'string' }).notNull(),
  source: text('source').$type<'form' | 'spreadsheet'>().notNull(),
  submittedBy: uuid('submitted_by'),
  submittedAt: ts('submitted_at').notNull().$defaultFn(clock.now),
  totalVnd: bigint('total_vnd', { mode: 'number' }).notNull(),
  totalUnits: integer('total_units').notNull(),
});

export const outletSalesLines = pgTable('outlet_sales_lines', {
  reportId: uuid('report_id').notNull(),
  stockItemId: uuid('stock_item_id').notNull(),
  units: integer('units').notNull(),
  salesVnd: bigint('sales_vnd', { mode: 'number' }).notNull(),
}, (t) => [primaryKey({ columns: [t.reportId, t.stockItemId] })]);
