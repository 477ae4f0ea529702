import { bigint, boolean, date, pgTable, primaryKey, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { clock } from '../../shared/time/clock.ts';
import type { BudgetSource, MilestoneStage, PlannedActivityKind, ProjectStatus } from './domain.ts';

// Mirrors migrations/0071_programme.sql, which holds the constraints.
const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const day = (name: string) => date(name, { mode: 'string' });

export const programmeProjects = pgTable('programme_projects', {
  id: uuid('id').primaryKey().defaultRandom(),
  slug: text('slug').notNull(),
  titleVi: text('title_vi').notNull(),
  titleEn: text('title_en').notNull(),
  descriptionVi: text('description_vi').notNull(),
  descriptionEn: text('description_en').notNull(),
  owner: text('owner').notNull(),
  partners: text('partners').array().notNull(),
  status: text('status').$type<ProjectStatus>().notNull(),
  pointId: uuid('point_id'),
  startsOn: day('starts_on').notNull(),
  endsOn: day('ends_on').notNull(),
  documents: text('documents').array().notNull(),
  published: boolean('published').notNull(),
  createdAt: ts('created_at').notNull().$defaultFn(clock.now),
  updatedAt: ts('updated_at').notNull().$defaultFn(clock.now),
});

export const programmeMilestones = pgTable('programme_milestones', {
  projectId: uuid('project_id').notNull(),
  stage: text('stage').$type<MilestoneStage>().notNull(),
  dueOn: day('due_on').notNull(),
  doneOn: day('done_on'),
  note: text('note').notNull(),
}, (t) => [primaryKey({ columns: [t.projectId, t.stage] })]);

export const programmeBudgetLines = pgTable('programme_budget_lines', {
  id: uuid('id').primaryKey().defaultRandom(),
  projectId: uuid('project_id').notNull(),
  position: smallint('position').notNull(),
  labelVi: text('label_vi').notNull(),
  labelEn: text('label_en').notNull(),
  source: text('source').$type<BudgetSource>().notNull(),
  plannedVnd: bigint('planned_vnd', { mode: 'number' }).notNull(),
  spentVnd: bigint('spent_vnd', { mode: 'number' }).notNull(),
});

export const programmeActivityPlans = pgTable('programme_activity_plans', {
  activityKind: text('activity_kind').$type<PlannedActivityKind>().notNull(),
  activityId: uuid('activity_id').notNull(),
  owner: text('owner').notNull(),
  budgetVnd: bigint('budget_vnd', { mode: 'number' }).notNull(),
  updatedAt: ts('updated_at').notNull().$defaultFn(clock.now),
}, (t) => [primaryKey({ columns: [t.activityKind, t.activityId] })]);
