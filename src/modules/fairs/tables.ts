import { clock } from '../../shared/time/clock.ts';
import { bigint, boolean, date, doublePrecision, integer, jsonb, numeric, pgTable, primaryKey, real, smallint, text, time, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { AllocationEnd, ProgressPoint } from './allocation/types.ts';
import type { AllocationChange, AllocationReport, PlanEdit } from './contract.ts';
import type { ExhibitorZone, Service, Zone } from './zones.ts';

// Mirrors migrations/0004_fairs.sql, which holds the constraints (the exclusion constraints above all).
export type FairStatus = 'draft' | 'applications-open' | 'allocating' | 'published' | 'running' | 'closed';
export type ApplicationStatus = 'submitted' | 'approved' | 'rejected' | 'waitlisted' | 'withdrawn';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const fairs = pgTable('fairs', {
  id: uuid('id').primaryKey().defaultRandom(),
  slug: text('slug').notNull(),
  nameVi: text('name_vi').notNull(),
  nameEn: text('name_en').notNull(),
  themeVi: text('theme_vi').notNull(),
  themeEn: text('theme_en').notNull(),
  descriptionVi: text('description_vi').notNull(),
  descriptionEn: text('description_en').notNull(),
  venueVi: text('venue_vi').notNull(),
  venueEn: text('venue_en').notNull(),
  venueAddress: text('venue_address').notNull(),
  latitude: doublePrecision('latitude'),
  longitude: doublePrecision('longitude'),
  startsOn: date('starts_on', { mode: 'string' }).notNull(),
  endsOn: date('ends_on', { mode: 'string' }).notNull(),
  opensAt: time('opens_at').notNull(),
  closesAt: time('closes_at').notNull(),
  status: text('status').$type<FairStatus>().notNull(),
  maxStallsPerProducer: smallint('max_stalls_per_producer').notNull(),
  stallFeeVnd: bigint('stall_fee_vnd', { mode: 'number' }).notNull(),
  subsidyPercent: smallint('subsidy_percent').notNull(),
  minStars: smallint('min_stars').notNull(),
  holdHours: smallint('hold_hours').notNull(),
  createdAt: ts('created_at').notNull().$defaultFn(clock.now),
  updatedAt: ts('updated_at').notNull().$defaultFn(clock.now),
});

export const stalls = pgTable('stalls', {
  id: uuid('id').primaryKey().defaultRandom(),
  fairId: uuid('fair_id').notNull(),
  code: text('code').notNull(),
  zone: text('zone').$type<Zone>().notNull(),
  x: numeric('x', { precision: 8, scale: 2, mode: 'number' }).notNull(),
  y: numeric('y', { precision: 8, scale: 2, mode: 'number' }).notNull(),
  width: numeric('width', { precision: 6, scale: 2, mode: 'number' }).notNull(),
  depth: numeric('depth', { precision: 6, scale: 2, mode: 'number' }).notNull(),
  corner: boolean('corner').notNull(),
  power: boolean('power').notNull(),
  water: boolean('water').notNull(),
  sizeClass: text('size_class').$type<'standard' | 'large'>().notNull(),
  blocked: boolean('blocked').notNull(),
  service: text('service').$type<Service>(),
});

/** Unpublished edits of a fair's plan (plan-draft/). */
export const fairPlanDrafts = pgTable('fair_plan_drafts', {
  fairId: uuid('fair_id').primaryKey(),
  edits: jsonb('edits').$type<PlanEdit[]>().notNull(),
  updatedBy: uuid('updated_by'),
  updatedAt: ts('updated_at').notNull(),
});

export const fairApplications = pgTable('fair_applications', {
  id: uuid('id').primaryKey().defaultRandom(),
  fairId: uuid('fair_id').notNull(),
  producerId: uuid('producer_id').notNull(),
  stallCount: smallint('stall_count').notNull(),
  preferredZone: text('preferred_zone').$type<ExhibitorZone>(),
  needsPower: boolean('needs_power').notNull(),
  needsWater: boolean('needs_water').notNull(),
  note: text('note').notNull(),
  status: text('status').$type<ApplicationStatus>().notNull(),
  decisionReason: text('decision_reason'),
  decidedBy: uuid('decided_by'),
  decidedAt: ts('decided_at'),
  submittedBy: uuid('submitted_by'),
  createdAt: ts('created_at').notNull().$defaultFn(clock.now),
  updatedAt: ts('updated_at').notNull().$defaultFn(clock.now),
});

export const fairApplicationProducts = pgTable('fair_application_products', {
  applicationId: uuid('application_id').notNull(),
  productId: uuid('product_id').notNull(),
}, (t) => [primaryKey({ columns: [t.applicationId, t.productId] })]);

export const stallAssignments = pgTable('stall_assignments', {
  id: uuid('id').primaryKey().defaultRandom(),
  fairId: uuid('fair_id').notNull(),
  stallId: uuid('stall_id').notNull(),
  applicationId: uuid('application_id').notNull(),
  /** A PostgreSQL daterange, written as '[start,end]'. */
  days: text('days').notNull(),
  status: text('status').$type<'held' | 'confirmed'>().notNull(),
  holdExpiresAt: ts('hold_expires_at'),
  locked: boolean('locked').notNull(),
  createdAt: ts('created_at').notNull().$defaultFn(clock.now),
});

export const fairProgrammeItems = pgTable('fair_programme_items', {
  id: uuid('id').primaryKey().defaultRandom(),
  fairId: uuid('fair_id').notNull(),
  stage: text('stage').notNull(),
  kind: text('kind').$type<'ceremony' | 'performance' | 'workshop' | 'trade-session' | 'other'>().notNull(),
  startsAt: ts('starts_at').notNull(),
  endsAt: ts('ends_at').notNull(),
  titleVi: text('title_vi').notNull(),
  titleEn: text('title_en').notNull(),
  descriptionVi: text('description_vi').notNull(),
  descriptionEn: text('description_en').notNull(),
});

export const fairDailyReports = pgTable('fair_daily_reports', {
  id: uuid('id').primaryKey().defaultRandom(),
  fairId: uuid('fair_id').notNull(),
  applicationId: uuid('application_id').notNull(),
  day: date('day', { mode: 'string' }).notNull(),
  checkedInAt: ts('checked_in_at'),
  salesVnd: bigint('sales_vnd', { mode: 'number' }),
  updatedAt: ts('updated_at').notNull().$defaultFn(clock.now),
});

export const fairDailyProductSales = pgTable('fair_daily_product_sales', {
  reportId: uuid('report_id').notNull(),
  productId: uuid('product_id').notNull(),
  units: integer('units').notNull(),
  salesVnd: bigint('sales_vnd', { mode: 'number' }),
}, (t) => [primaryKey({ columns: [t.reportId, t.productId] })]);

export const fairVisitorCounts = pgTable('fair_visitor_counts', {
  fairId: uuid('fair_id').notNull(),
  day: date('day', { mode: 'string' }).notNull(),
  visitors: integer('visitors').notNull(),
}, (t) => [primaryKey({ columns: [t.fairId, t.day] })]);

export type AllocationRunStatus = 'running' | 'applied' | 'proposed' | 'failed' | 'discarded';

// Mirrors migrations/0030_fair_allocation_runs.sql.
export const fairAllocationRuns = pgTable('fair_allocation_runs', {
  id: uuid('id').primaryKey().defaultRandom(),
  fairId: uuid('fair_id').notNull(),
  kind: text('kind').$type<'apply' | 'proposal'>().notNull(),
  status: text('status').$type<AllocationRunStatus>().notNull(),
  keepOffers: boolean('keep_offers').notNull(),
  timeLimitSeconds: real('time_limit_seconds').notNull(),
  startedBy: uuid('started_by'),
  startedAt: ts('started_at').notNull().$defaultFn(clock.now),
  heartbeatAt: ts('heartbeat_at').notNull().$defaultFn(clock.now),
  finishedAt: ts('finished_at'),
  stopRequested: boolean('stop_requested').notNull(),
  endedBy: text('ended_by').$type<AllocationEnd>(),
  objective: doublePrecision('objective'),
  bound: doublePrecision('bound'),
  progress: jsonb('progress').$type<ProgressPoint[]>().notNull(),
  report: jsonb('report').$type<AllocationReport>(),
  plan: jsonb('plan').$type<Record<string, string[]>>(),
  changes: jsonb('changes').$type<AllocationChange[]>(),
  error: jsonb('error').$type<{ code: string; message: { vi: string; en: string } }>(),
  appliedAt: ts('applied_at'),
  appliedBy: uuid('applied_by'),
});
