import { boolean, doublePrecision, jsonb, pgTable, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { clock } from '../../shared/time/clock.ts';
import type { WeeklyHours } from '../outlets/domain/shapes.ts';
import type { RouteMode, SiteKind, SiteTheme, StoredHoursException } from './domain.ts';

// Mirrors migrations/0070_tourism.sql, which holds the constraints.
const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const tourismSites = pgTable('tourism_sites', {
  id: uuid('id').primaryKey().defaultRandom(),
  slug: text('slug').notNull(),
  nameVi: text('name_vi').notNull(),
  nameEn: text('name_en').notNull(),
  kind: text('kind').$type<SiteKind>().notNull(),
  themes: text('themes').array().$type<SiteTheme[]>().notNull(),
  craftVillageId: uuid('craft_village_id'),
  address: text('address').notNull(),
  latitude: doublePrecision('latitude').notNull(),
  longitude: doublePrecision('longitude').notNull(),
  descriptionVi: text('description_vi').notNull(),
  descriptionEn: text('description_en').notNull(),
  weeklyHours: jsonb('weekly_hours').$type<WeeklyHours>().notNull(),
  hoursExceptions: jsonb('hours_exceptions').$type<StoredHoursException[]>().notNull(),
  visitMinutes: smallint('visit_minutes').notNull(),
  interest: smallint('interest').notNull(),
  photos: text('photos').array().notNull(),
  published: boolean('published').notNull(),
  createdAt: ts('created_at').notNull().$defaultFn(clock.now),
  updatedAt: ts('updated_at').notNull().$defaultFn(clock.now),
});

export const tourismRoutes = pgTable('tourism_routes', {
  id: uuid('id').primaryKey().defaultRandom(),
  slug: text('slug').notNull(),
  titleVi: text('title_vi').notNull(),
  titleEn: text('title_en').notNull(),
  descriptionVi: text('description_vi').notNull(),
  descriptionEn: text('description_en').notNull(),
  theme: text('theme').$type<SiteTheme>(),
  mode: text('mode').$type<RouteMode>().notNull(),
  startLabel: text('start_label').notNull(),
  startLatitude: doublePrecision('start_latitude').notNull(),
  startLongitude: doublePrecision('start_longitude').notNull(),
  dayStart: smallint('day_start').notNull(),
  dayEnd: smallint('day_end').notNull(),
  siteIds: uuid('site_ids').array().notNull(),
  published: boolean('published').notNull(),
  createdAt: ts('created_at').notNull().$defaultFn(clock.now),
  updatedAt: ts('updated_at').notNull().$defaultFn(clock.now),
});
