-- Accounts: users with one role each, server-side sessions, sign-in attempts for rate limiting.
CREATE TABLE users (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  email text NOT NULL CHECK (email = lower(email) AND length(email) BETWEEN 3 AND 254),
  display_name text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 200),
  role text NOT NULL CHECK (role IN ('admin', 'organizer', 'surveyor', 'producer', 'buyer')),
  password_hash text,
  must_change_password boolean NOT NULL DEFAULT false,
  -- A producer account acts for one OCOP producer (chủ thể), a buyer account for one buyer
  -- organisation; the foreign keys arrive with the catalogue and trade modules.
  producer_id uuid,
  buyer_organisation_id uuid,
  preferred_language text NOT NULL DEFAULT 'vi' CHECK (preferred_language IN ('vi', 'en')),
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX users_email_key ON users (email);

-- The cookie carries a random token; only its SHA-256 is stored, so a leaked table opens no session.
CREATE TABLE sessions (
  token_hash text PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  csrf_token text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  ip text,
  user_agent text
);
CREATE INDEX sessions_user_idx ON sessions (user_id);
CREATE INDEX sessions_expires_idx ON sessions (expires_at);

CREATE TABLE sign_in_attempts (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  email text NOT NULL,
  ip text NOT NULL,
  succeeded boolean NOT NULL,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX sign_in_attempts_email_idx ON sign_in_attempts (email, at);
CREATE INDEX sign_in_attempts_ip_idx ON sign_in_attempts (ip, at);
