-- Each committed write of a table that public reads show sends NOTIFY ocop_writes, '<table>':
-- every app process on the database empties its read cache (src/server/cache). The triggers are
-- attached by the migration runner after all migrations (src/server/db/write-tracking.ts), so
-- tables of later migrations get one too.
CREATE FUNCTION ocop_notify_writes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('ocop_writes', TG_TABLE_NAME);
  RETURN NULL;
END $$;
