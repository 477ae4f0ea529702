-- Notifications: an event people must hear about (a fair changed, a course starts tomorrow),
-- written by the module in the same transaction as the change that causes it, with one row per
-- recipient for the in-app list and the e-mail delivery (by a job, when SMTP is configured).
CREATE TABLE notifications (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  kind text NOT NULL CHECK (kind ~ '^[a-z][a-z0-9.-]{0,60}$'),
  text_vi text NOT NULL CHECK (length(text_vi) BETWEEN 1 AND 2000),
  text_en text NOT NULL CHECK (length(text_en) BETWEEN 1 AND 2000),
  -- A path in the web app ("/fairs/trinh-cong-son"), made absolute with PUBLIC_URL in e-mails.
  link text CHECK (link ~ '^/[^/\\]' OR link = '/'),
  -- How the recipients were chosen, as the module asked (user ids, a producer, roles).
  audience jsonb NOT NULL,
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX notifications_created_idx ON notifications (created_at DESC);

CREATE TABLE notification_recipients (
  notification_id uuid NOT NULL REFERENCES notifications (id) ON DELETE CASCADE,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  read_at timestamptz,
  email_status text NOT NULL DEFAULT 'pending' CHECK (email_status IN ('pending', 'sent', 'skipped', 'failed')),
  emailed_at timestamptz,
  PRIMARY KEY (notification_id, user_id)
);
CREATE INDEX notification_recipients_user_idx ON notification_recipients (user_id, notification_id);
CREATE INDEX notification_recipients_unread_idx ON notification_recipients (user_id) WHERE read_at IS NULL;
