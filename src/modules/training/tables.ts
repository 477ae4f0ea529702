import { boolean, date, jsonb, pgTable, primaryKey, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { clock } from '../../shared/time/clock.ts';
import type { AttendanceStatus, Audience, CourseLink, CourseStatus, EnrolmentSource, EnrolmentStatus, Topic } from './domain/values.ts';

// Mirrors migrations/0060_training.sql, which is the source of truth for constraints.
const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const createdAt = () => instant('created_at').notNull().$defaultFn(clock.now);

export const trainingCourses = pgTable('training_courses', {
  id: uuid('id').primaryKey().defaultRandom(),
  slug: text('slug').notNull(),
  nameVi: text('name_vi').notNull(),
  nameEn: text('name_en').notNull(),
  descriptionVi: text('description_vi').notNull().default(''),
  descriptionEn: text('description_en').notNull().default(''),
  topic: text('topic').$type<Topic>().notNull(),
  audiences: text('audiences').array().$type<Audience[]>().notNull(),
  trainers: text('trainers').array().notNull().default([]),
  links: jsonb('links').$type<CourseLink[]>().notNull().default([]),
  capacity: smallint('capacity').notNull(),
  minAttendancePercent: smallint('min_attendance_percent').notNull().default(80),
  assessmentRequired: boolean('assessment_required').notNull().default(false),
  status: text('status').$type<CourseStatus>().notNull().default('draft'),
  createdAt: createdAt(),
  updatedAt: instant('updated_at').notNull().$defaultFn(clock.now),
});

export const trainingSessions = pgTable('training_sessions', {
  id: uuid('id').primaryKey().defaultRandom(),
  courseId: uuid('course_id').notNull(),
  titleVi: text('title_vi').notNull().default(''),
  titleEn: text('title_en').notNull().default(''),
  startsAt: instant('starts_at').notNull(),
  endsAt: instant('ends_at').notNull(),
  venueVi: text('venue_vi').notNull().default(''),
  venueEn: text('venue_en').notNull().default(''),
  pointId: uuid('point_id'),
  craftVillageId: uuid('craft_village_id'),
  onlineUrl: text('online_url'),
  checkInSecret: text('check_in_secret').notNull(),
  remindedAt: instant('reminded_at'),
  createdAt: createdAt(),
});

export const trainingEnrolments = pgTable('training_enrolments', {
  id: uuid('id').primaryKey().defaultRandom(),
  courseId: uuid('course_id').notNull(),
  userId: uuid('user_id'),
  producerId: uuid('producer_id'),
  pointId: uuid('point_id'),
  fullName: text('full_name').notNull(),
  email: text('email').notNull().default(''),
  phone: text('phone').notNull().default(''),
  commune: text('commune').notNull().default(''),
  audience: text('audience').$type<Audience>().notNull(),
  status: text('status').$type<EnrolmentStatus>().notNull(),
  source: text('source').$type<EnrolmentSource>().notNull(),
  waitlistedAt: instant('waitlisted_at'),
  enrolledAt: instant('enrolled_at'),
  cancelledAt: instant('cancelled_at'),
  assessmentPassed: boolean('assessment_passed'),
  createdAt: createdAt(),
});

export const trainingAttendance = pgTable('training_attendance', {
  sessionId: uuid('session_id').notNull(),
  enrolmentId: uuid('enrolment_id').notNull(),
  status: text('status').$type<AttendanceStatus>().notNull(),
  method: text('method').$type<'qr' | 'organizer'>().notNull(),
  recordedAt: instant('recorded_at').notNull().$defaultFn(clock.now),
  recordedBy: uuid('recorded_by'),
}, (table) => [primaryKey({ columns: [table.sessionId, table.enrolmentId] })]);

export const trainingCertificates = pgTable('training_certificates', {
  id: uuid('id').primaryKey().defaultRandom(),
  enrolmentId: uuid('enrolment_id').notNull(),
  courseId: uuid('course_id').notNull(),
  code: text('code').notNull(),
  holderName: text('holder_name').notNull(),
  issuedOn: date('issued_on', { mode: 'string' }).notNull(),
  attendancePercent: smallint('attendance_percent').notNull(),
  revokedAt: instant('revoked_at'),
  revokedReason: text('revoked_reason').notNull().default(''),
  createdAt: createdAt(),
});
