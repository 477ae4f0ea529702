import { customType, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { clock } from '../../shared/time/clock.ts';
import type { FileKind, FileVariantName, MediaType, Visibility } from './limits.ts';

// Mirrors migrations/0080_files.sql, which is the source of truth for constraints.

/** bytea. Written and read as base64 text by store-files.ts and get-file.ts (see there). */
const bytea = customType<{ data: Buffer }>({ dataType: () => 'bytea' });

export const fileBlobs = pgTable('file_blobs', {
  sha256: text('sha256').primaryKey(),
  byteSize: integer('byte_size').notNull(),
  data: bytea('data').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().$defaultFn(clock.now),
});

export const files = pgTable('files', {
  id: uuid('id').primaryKey().defaultRandom(),
  kind: text('kind').$type<FileKind>().notNull(),
  mediaType: text('media_type').$type<MediaType>().notNull(),
  name: text('name').notNull(),
  byteSize: integer('byte_size').notNull(),
  sha256: text('sha256').notNull(),
  width: integer('width'),
  height: integer('height'),
  ownerKind: text('owner_kind'),
  ownerId: text('owner_id'),
  position: integer('position').notNull().default(0),
  visibility: text('visibility').$type<Visibility>().notNull().default('private'),
  uploadedBy: uuid('uploaded_by'),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().$defaultFn(clock.now),
  attachedAt: timestamp('attached_at', { withTimezone: true, mode: 'date' }),
});

export const fileVariants = pgTable(
  'file_variants',
  {
    fileId: uuid('file_id').notNull(),
    variant: text('variant').$type<FileVariantName>().notNull(),
    mediaType: text('media_type').$type<MediaType>().notNull(),
    width: integer('width'),
    height: integer('height'),
    byteSize: integer('byte_size').notNull(),
    sha256: text('sha256').notNull(),
  },
  (t) => [primaryKey({ columns: [t.fileId, t.variant] })],
);

export type FileRow = typeof files.$inferSelect;
