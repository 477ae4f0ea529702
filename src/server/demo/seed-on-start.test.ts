// The demo at start-up goes only into a database that start created, once, and never over data.
import { count } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openTestDatabase } from '../../../test/support/test-database.ts';
import { signInAttempts } from '../../modules/accounts/tables.ts';
import type { Database } from '../db/database.ts';
import { readMigrations } from '../db/migrate.ts';
import { isEmptyDatabase, seedDemoOnStart } from './seed-demo.ts';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

const everyMigration = readMigrations().map((migration) => migration.name);
// Stands in for the demo: one row per seeding, written in two steps as a real seeding would.
const fakeSeed = async (db: Database) => {
  await db.db.select({ n: count() }).from(signInAttempts);
  await db.db.insert(signInAttempts).values({ email: 'seeded@demo.example', ip: '0.0.0.0', succeeded: true });
  return 'seeded';
};
const seedings = async () => (await database.db.select({ n: count() }).from(signInAttempts))[0]?.n ?? 0;

it('leaves a database alone that an earlier start or `ocop migrate` created', async () => {
  expect(await seedDemoOnStart(database, [], true, fakeSeed)).toBeNull();
  expect(await seedDemoOnStart(database, everyMigration.slice(-1), true, fakeSeed)).toBeNull();
  expect(await seedDemoOnStart(database, everyMigration, false, fakeSeed)).toBeNull();
  expect(await seedings()).toBe(0);
});

it('seeds a database this start created once, even when two processes start together on a server', async () => {
  expect(await isEmptyDatabase(database)).toBe(true);
  // On a server two calls share nothing but the database (separate pool connections); on the
  // embedded database only one process ever starts.
  const starts = database.kind === 'postgres' ? 2 : 1;
  const outcomes = await Promise.all(Array.from({ length: starts }, () => seedDemoOnStart(database, everyMigration, true, fakeSeed)));
  expect(outcomes.filter((outcome) => outcome === 'seeded')).toHaveLength(1);
  expect(await seedings()).toBe(1);
  expect(await isEmptyDatabase(database)).toBe(false);
});

it('never seeds over data, even into a database this start created', async () => {
  expect(await seedDemoOnStart(database, everyMigration, true, fakeSeed)).toBeNull();
  expect(await seedings()).toBe(1);
});
