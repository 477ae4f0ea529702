-- Files: photos and documents uploaded by producers, surveyors and organizers, kept in the
-- database itself so app processes stay stateless and a backup holds them.

-- The bytes, content-addressed: one row per distinct content, whoever uploaded it and however
-- many files use it (the same demo photo on many products, a re-uploaded document).
CREATE TABLE file_blobs (
  sha256 text PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  byte_size integer NOT NULL CHECK (byte_size > 0),
  data bytea NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT file_blobs_size CHECK (octet_length(data) = byte_size)
);

-- A file as users know it: a name, a type checked from its content, the record it belongs to.
-- A file never changes once stored (a new version is a new file), so its URLs can be cached.
CREATE TABLE files (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  kind text NOT NULL CHECK (kind IN ('image', 'document')),
  media_type text NOT NULL CHECK (media_type IN ('image/jpeg', 'image/png', 'image/webp', 'application/pdf')),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 255),
  -- Of the stored original (re-encoded for images).
  byte_size integer NOT NULL CHECK (byte_size > 0),
  sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  width integer CHECK (width > 0),
  height integer CHECK (height > 0),
  -- The record the file belongs to (e.g. 'product' + its id); both null while the upload is
  -- staged, waiting for the form that uploaded it to be saved.
  owner_kind text CHECK (owner_kind ~ '^[a-z][a-z0-9-]{0,39}$'),
  owner_id text CHECK (length(owner_id) BETWEEN 1 AND 100),
  position integer NOT NULL DEFAULT 0 CHECK (position >= 0),
  visibility text NOT NULL DEFAULT 'private' CHECK (visibility IN ('public', 'private')),
  uploaded_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  attached_at timestamptz,
  CONSTRAINT files_owner CHECK ((owner_kind IS NULL) = (owner_id IS NULL)),
  CONSTRAINT files_staged_private CHECK (owner_kind IS NOT NULL OR visibility = 'private'),
  CONSTRAINT files_image_size CHECK ((kind = 'image') = (width IS NOT NULL AND height IS NOT NULL))
);
CREATE INDEX files_owner_idx ON files (owner_kind, owner_id, position);
CREATE INDEX files_staged_idx ON files (uploaded_by, created_at) WHERE owner_kind IS NULL;

-- What is served: the original and, for images, the smaller renditions made at upload.
CREATE TABLE file_variants (
  file_id uuid NOT NULL REFERENCES files (id) ON DELETE CASCADE,
  variant text NOT NULL CHECK (variant IN ('original', 'display', 'thumb')),
  media_type text NOT NULL,
  width integer,
  height integer,
  byte_size integer NOT NULL CHECK (byte_size > 0),
  sha256 text NOT NULL REFERENCES file_blobs (sha256),
  PRIMARY KEY (file_id, variant)
);
CREATE INDEX file_variants_blob_idx ON file_variants (sha256);
