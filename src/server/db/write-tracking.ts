/**
 * Which statements change data that public reads show, told from their SQL text: the read cache
 * (src/server/cache) is emptied after such a statement commits in this process, and every table
 * not listed here notifies the other processes of its writes (ensureWriteNotifications).
 */

/** Bookkeeping no public read shows, written often (sessions, job leases, run progress…). */
export const PRIVATE_TABLES: ReadonlySet<string> = new Set([
  'schema_migrations', 'audit_log', 'sessions', 'sign_in_attempts', 'jobs', 'notifications', 'notification_recipients',
  'fair_allocation_runs', 'fair_plan_drafts', 'conference_schedule_runs', 'file_blobs', 'file_variants',
]);

/** The channel of the NOTIFY each committed write of a public table sends; its payload is the table. */
export const WRITES_CHANNEL = 'ocop_writes';

const WRITE = /^\s*(?:insert\s+into|update|delete\s+from|truncate(?:\s+table)?|merge\s+into)\s+(?:only\s+)?(?:"?public"?\.)?"?([a-z_][\w]*)"?/i;
const READ = /^\s*(?:select|show|begin|commit|rollback|savepoint|release|set|listen|unlisten|explain|values|reset|fetch|close|prepare|deallocate)\b/i;
const CTE = /^\s*with\b/i;
// The targets of the writes inside a WITH: INSERT INTO t, UPDATE t [AS a] SET, DELETE FROM t.
const CTE_WRITES = /\b(?:insert\s+into|delete\s+from|merge\s+into|update)\s+(?:only\s+)?(?:"?public"?\.)?"?([a-z_]\w*)"?(\s+(?:as\s+)?[a-z_]\w*)?\s*(set\b)?/gi;

/** True when the statement may change a table that public reads show (unknown statements may). */
export function mayWritePublicData(sql: string): boolean {
  if (READ.test(sql)) return false;
  if (CTE.test(sql)) {
    for (const match of sql.matchAll(CTE_WRITES)) {
      const isUpdate = /^update/i.test(match[0]);
      if (isUpdate && !match[3]) continue; // FOR UPDATE, ON CONFLICT DO UPDATE: no table of its own
      if (!PRIVATE_TABLES.has((match[1] ?? '').toLowerCase())) return true;
    }
    return false;
  }
  const match = WRITE.exec(sql);
  if (match) return !PRIVATE_TABLES.has((match[1] ?? '').toLowerCase());
  return true; // WITH … UPDATE, DDL, scripts: assume they wrote
}

/**
 * Attaches to every table but the private ones a statement trigger that sends
 * NOTIFY ocop_writes, '<table>' (delivered at commit, once per table and transaction), so the
 * other app processes on the same database empty their read caches. Run after the migrations of
 * every module, so tables added later get it too; the trigger function is migration 0015.
 */
export function ensureWriteNotificationsSql(): string {
  const skip = [...PRIVATE_TABLES].map((name) => `'${name}'`).join(', ');
  return `DO $$
DECLARE t record;
BEGIN
  FOR t IN
    SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND c.relname NOT IN (${skip})
      AND NOT EXISTS (SELECT 1 FROM pg_trigger g WHERE g.tgrelid = c.oid AND g.tgname = 'ocop_notify_writes')
  LOOP
    EXECUTE format('CREATE TRIGGER ocop_notify_writes AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION ocop_notify_writes()', t.relname);
  END LOOP;
END $$;`;
}
