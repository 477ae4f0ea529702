import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { testDatabaseUrl } from '../../../test/support/test-env.ts';
import { openPostgres } from './open-postgres.ts';

describe.skipIf(!testDatabaseUrl)('the PostgreSQL pool', () => {
  it('tells of writes on every connection, the one opened at start-up to probe the server too', async () => {
    // One connection at most: every statement runs on the probe's, reused from the pool.
    const database = await openPostgres(testDatabaseUrl ?? '', { max: 1 });
    try {
      let writes = 0;
      database.onWrite(() => writes++);
      await database.db.execute(sql`SELECT 1`);
      expect(writes).toBe(0);
      await database.db.execute(sql`CREATE TEMP TABLE pool_probe (x int)`);
      await database.db.execute(sql`INSERT INTO pool_probe VALUES (1)`);
      expect(writes).toBe(2);
    } finally {
      await database.close();
    }
  });
});
