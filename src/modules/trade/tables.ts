import { bigint, boolean, date, doublePrecision, jsonb, pgTable, real, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { clock } from '../../shared/time/clock.ts';
import type { ScheduleProgressPoint, ScheduleReport, ScheduleRunStatus } from './contract.ts';
import type { ScheduleEnd } from './scheduling/types.ts';
import type {
  AgreementKind, BuyerKind, ConferenceStatus, FollowUpStatus, MeetingSource, MeetingStatus, ProgrammeItem, RequestSide, RequestStatus, B2BSession, TableMode,
} from './domain/values.ts';

// Mirrors migrations/0050_trade.sql, which is the source of truth for constraints.
const createdAt = () => timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().$defaultFn(clock.now);

export const conferences = pgTable('conferences', {
  id: uuid('id').primaryKey().defaultRandom(),
  slug: text('slug').notNull(),
  nameVi: text('name_vi').notNull(),
  nameEn: text('name_en').notNull(),
  descriptionVi: text('description_vi').notNull().default(''),
  descriptionEn: text('description_en').notNull().default(''),
  venueVi: text('venue_vi').notNull(),
  venueEn: text('venue_en').notNull(),
  venueAddress: text('venue_address').notNull().default(''),
  startsOn: date('starts_on', { mode: 'string' }).notNull(),
  endsOn: date('ends_on', { mode: 'string' }).notNull(),
  programme: jsonb('programme').$type<ProgrammeItem[]>().notNull().default([]),
  sessions: jsonb('sessions').$type<B2BSession[]>().notNull().default([]),
  slotCount: smallint('slot_count').notNull().default(0),
  poolTables: smallint('pool_tables').notNull().default(0),
  registrationOpensOn: date('registration_opens_on', { mode: 'string' }),
  registrationClosesOn: date('registration_closes_on', { mode: 'string' }),
  requestsCloseOn: date('requests_close_on', { mode: 'string' }),
  requestExpiryHours: smallint('request_expiry_hours').notNull().default(72),
  status: text('status').$type<ConferenceStatus>().notNull().default('draft'),
  createdAt: createdAt(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().$defaultFn(clock.now),
});

export const buyerOrganisations = pgTable('buyer_organisations', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  kind: text('kind').$type<BuyerKind>().notNull(),
  taxCode: text('tax_code'),
  province: text('province').notNull().default('Hà Nội'),
  country: text('country').notNull().default('VN'),
  contactName: text('contact_name').notNull().default(''),
  email: text('email').notNull().default(''),
  phone: text('phone').notNull().default(''),
  categories: text('categories').array().notNull().default([]),
  minStars: smallint('min_stars').notNull().default(3),
  certifications: text('certifications').array().notNull().default([]),
  regions: text('regions').array().notNull().default([]),
  monthlyVolumeVnd: bigint('monthly_volume_vnd', { mode: 'number' }).notNull().default(0),
  requirements: text('requirements').notNull().default(''),
  matchKey: text('match_key').notNull(),
  createdAt: createdAt(),
});

export const conferenceProducers = pgTable('conference_producers', {
  id: uuid('id').primaryKey().defaultRandom(),
  conferenceId: uuid('conference_id').notNull(),
  producerId: uuid('producer_id').notNull(),
  productIds: uuid('product_ids').array().notNull().default([]),
  available: smallint('available').array().notNull().default([]),
  createdAt: createdAt(),
});

export const conferenceBuyers = pgTable('conference_buyers', {
  id: uuid('id').primaryKey().defaultRandom(),
  conferenceId: uuid('conference_id').notNull(),
  buyerOrganisationId: uuid('buyer_organisation_id').notNull(),
  tableMode: text('table_mode').$type<TableMode>().notNull().default('own'),
  tableCode: text('table_code'),
  available: smallint('available').array().notNull().default([]),
  createdAt: createdAt(),
});

export const meetingRequests = pgTable('meeting_requests', {
  id: uuid('id').primaryKey().defaultRandom(),
  conferenceId: uuid('conference_id').notNull(),
  producerEntryId: uuid('producer_entry_id').notNull(),
  buyerEntryId: uuid('buyer_entry_id').notNull(),
  fromSide: text('from_side').$type<RequestSide>().notNull(),
  message: text('message').notNull().default(''),
  proposedSlot: smallint('proposed_slot'),
  priority: smallint('priority').notNull().default(1),
  status: text('status').$type<RequestStatus>().notNull().default('pending'),
  expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
  answer: text('answer').notNull().default(''),
  decidedAt: timestamp('decided_at', { withTimezone: true, mode: 'date' }),
  createdBy: uuid('created_by'),
  createdAt: createdAt(),
});

export const meetings = pgTable('meetings', {
  id: uuid('id').primaryKey().defaultRandom(),
  conferenceId: uuid('conference_id').notNull(),
  producerEntryId: uuid('producer_entry_id').notNull(),
  buyerEntryId: uuid('buyer_entry_id').notNull(),
  requestId: uuid('request_id'),
  slot: smallint('slot').notNull(),
  tableCode: text('table_code').notNull(),
  weight: smallint('weight').notNull().default(1),
  locked: boolean('locked').notNull().default(false),
  source: text('source').$type<MeetingSource>().notNull(),
  status: text('status').$type<MeetingStatus>().notNull().default('scheduled'),
  absent: text('absent').$type<'producer' | 'buyer' | 'both'>(),
  checkedInAt: timestamp('checked_in_at', { withTimezone: true, mode: 'date' }),
  createdAt: createdAt(),
});

export const tradeAgreements = pgTable('trade_agreements', {
  id: uuid('id').primaryKey().defaultRandom(),
  conferenceId: uuid('conference_id').notNull(),
  producerId: uuid('producer_id').notNull(),
  buyerOrganisationId: uuid('buyer_organisation_id').notNull(),
  meetingId: uuid('meeting_id'),
  kind: text('kind').$type<AgreementKind>().notNull(),
  productIds: uuid('product_ids').array().notNull().default([]),
  volume: text('volume').notNull().default(''),
  valueVnd: bigint('value_vnd', { mode: 'number' }).notNull().default(0),
  signedOn: date('signed_on', { mode: 'string' }).notNull(),
  followUpStatus: text('follow_up_status').$type<FollowUpStatus>().notNull().default('signed'),
  followUpOn: date('follow_up_on', { mode: 'string' }),
  note: text('note').notNull().default(''),
  createdAt: createdAt(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().$defaultFn(clock.now),
});

export const frameworkAgreements = pgTable('framework_agreements', {
  id: uuid('id').primaryKey().defaultRandom(),
  conferenceId: uuid('conference_id').notNull(),
  province: text('province').notNull(),
  partnerProvince: text('partner_province').notNull(),
  titleVi: text('title_vi').notNull(),
  titleEn: text('title_en').notNull(),
  signedOn: date('signed_on', { mode: 'string' }).notNull(),
  createdAt: createdAt(),
});

// Mirrors migrations/0083_conference_schedule_runs.sql.
export const conferenceScheduleRuns = pgTable('conference_schedule_runs', {
  id: uuid('id').primaryKey().defaultRandom(),
  conferenceId: uuid('conference_id').notNull(),
  status: text('status').$type<ScheduleRunStatus>().notNull(),
  timeLimitSeconds: real('time_limit_seconds').notNull(),
  startedBy: uuid('started_by'),
  startedAt: timestamp('started_at', { withTimezone: true, mode: 'date' }).notNull().$defaultFn(clock.now),
  heartbeatAt: timestamp('heartbeat_at', { withTimezone: true, mode: 'date' }).notNull().$defaultFn(clock.now),
  finishedAt: timestamp('finished_at', { withTimezone: true, mode: 'date' }),
  stopRequested: boolean('stop_requested').notNull().default(false),
  endedBy: text('ended_by').$type<ScheduleEnd>(),
  value: doublePrecision('value'),
  bound: doublePrecision('bound'),
  progress: jsonb('progress').$type<ScheduleProgressPoint[]>().notNull().default([]),
  report: jsonb('report').$type<ScheduleReport>(),
  error: jsonb('error').$type<{ code: string; message: { vi: string; en: string } }>(),
});
