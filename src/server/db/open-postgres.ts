import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import type { Database, Db } from './database.ts';
import { postgresListener } from './postgres-listener.ts';
import { mayWritePublicData } from './write-tracking.ts';

// DATE columns stay ISO strings (yyyy-MM-dd): a JS Date would shift them by the time zone.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);

export async function openPostgres(connectionString: string, options: { max?: number } = {}): Promise<Database> {
  const pool = new pg.Pool({ connectionString, max: options.max ?? 10 });
  // An idle connection the server drops (restart, failover, an administrator) errors on the pool;
  // without a listener that would crash the process. The pool opens a new one when needed.
  pool.on('error', (error) => console.warn(`PostgreSQL dropped an idle connection: ${error.message}`));
  // Writes are seen on the pooled connection that ran them and told when it goes back to the
  // pool: after the statement (pool.query) or after COMMIT (transactions), before the caller resumes.
  const writeListeners = new Set<() => void>();
  const wrote = new WeakSet<pg.PoolClient>();
  pool.on('connect', (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as { query: unknown }).query = (...args: unknown[]) => {
      const first = args[0];
      const text = typeof first === 'string' ? first : (first as { text?: unknown } | null)?.text;
      if (typeof text === 'string' && mayWritePublicData(text)) wrote.add(client);
      return query(...args);
    };
  });
  pool.on('release', (_error, client) => {
    if (wrote.delete(client)) for (const listener of writeListeners) listener();
  });
  // Fail at start-up, not on the first request, when the server is unreachable. The probe comes
  // after the hooks above: a connection opened before them would serve queries unwatched, and
  // writes on it would leave the read cache stale.
  const probe = await pool.connect();
  probe.release();
  const db = drizzle(pool) as unknown as Db; // NodePgDatabase is a PgDatabase; the cast only forgets its driver type.
  const listener = postgresListener(connectionString);
  return {
    kind: 'postgres',
    db,
    async rawTransaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work({
          exec: async (script) => {
            await client.query(script);
          },
          query: async <Row,>(text: string, params?: unknown[]) =>
            (await client.query(text, params)).rows as Row[],
        });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    onWrite(listener) {
      writeListeners.add(listener);
      return () => writeListeners.delete(listener);
    },
    listen: (channel, onNotification) => listener.listen(channel, onNotification),
    async close() {
      await listener.close();
      await pool.end();
    },
  };
}
