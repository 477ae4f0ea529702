import { clock } from '../../shared/time/clock.ts';
import { boolean, pgTable, text, timestamp, uuid, bigint } from 'drizzle-orm/pg-core';
import type { Role } from './roles.ts';

// Mirrors migrations/0002_accounts.sql, which is the source of truth for constraints.
export const users = pgTable('users', {
  id: uuid('id').primaryKey().defaultRandom(),
  email: text('email').notNull(),
  displayName: text('display_name').notNull(),
  role: text('role').$type<Role>().notNull(),
  passwordHash: text('password_hash'),
  mustChangePassword: boolean('must_change_password').notNull().default(false),
  producerId: uuid('producer_id'),
  buyerOrganisationId: uuid('buyer_organisation_id'),
  preferredLanguage: text('preferred_language').$type<'vi' | 'en'>().notNull().default('vi'),
  active: boolean('active').notNull().default(true),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().$defaultFn(clock.now),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().$defaultFn(clock.now),
});

export const sessions = pgTable('sessions', {
  tokenHash: text('token_hash').primaryKey(),
  userId: uuid('user_id').notNull(),
  csrfToken: text('csrf_token').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().$defaultFn(clock.now),
  lastSeenAt: timestamp('last_seen_at', { withTimezone: true, mode: 'date' }).notNull().$defaultFn(clock.now),
  expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
  ip: text('ip'),
  userAgent: text('user_agent'),
});

export const signInAttempts = pgTable('sign_in_attempts', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  email: text('email').notNull(),
  ip: text('ip').notNull(),
  succeeded: boolean('succeeded').notNull(),
  at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull().$defaultFn(clock.now),
});
