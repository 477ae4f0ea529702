import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import type { Database, Db } from './database.ts';
import { pgliteExtensions } from './pglite-extensions.ts';

/**
 * Opens the embedded database. `dataDir` undefined means in memory; `loadDataDir` starts from a
 * dump (the tests' migrated template).
 */
export async function openPglite(
  options: { dataDir?: string; loadDataDir?: Blob } = {},
): Promise<Database & { client: PGlite }> {
  const client = await PGlite.create({
    dataDir: options.dataDir,
    loadDataDir: options.loadDataDir,
    extensions: pgliteExtensions,
  });
  const db = drizzle(client) as unknown as Db; // PgliteDatabase is a PgDatabase; the cast only forgets its driver type.
  return {
    kind: 'pglite',
    client,
    db,
    rawTransaction(work) {
      return client.transaction((tx) =>
        work({
          exec: async (script) => {
            await tx.exec(script);
          },
          query: async <Row,>(text: string, params?: unknown[]) => (await tx.query<Row>(text, params)).rows,
        }),
      );
    },
    // Used in process by engine tests and benchmarks only, which cache nothing: writes are not tracked.
    onWrite: () => () => undefined,
    async listen(channel, listener) {
      const stop = await client.listen(channel, listener);
      return () => void stop().catch(() => undefined);
    },
    async close() {
      if (!client.closed) await client.close();
    },
  };
}
