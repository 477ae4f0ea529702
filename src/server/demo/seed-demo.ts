import { sql } from 'drizzle-orm';
import { formatDemoAccounts, seedDemoAccounts } from '../../modules/accounts/seed-demo-accounts.ts';
import { seedDemoCatalogue } from '../../modules/catalogue/seed/seed-demo-catalogue.ts';
import { seedDemoFair } from '../../modules/fairs/demo/seed-demo-fair.ts';
import { seedDemoPhotos } from '../../modules/files/demo/seed-demo-photos.ts';
import { seedDemoOutlets } from '../../modules/outlets/demo/seed-demo-outlets.ts';
import { seedDemoProgramme } from '../../modules/programme/demo/seed-demo-programme.ts';
import { seedDemoTourism } from '../../modules/tourism/demo/seed-demo-tourism.ts';
import { seedDemoConference } from '../../modules/trade/demo/seed-demo-conference.ts';
import { seedDemoTraining } from '../../modules/training/demo/seed-demo-training.ts';
import { clock } from '../../shared/time/clock.ts';
import type { Database } from '../db/database.ts';
import { readMigrations } from '../db/migrate.ts';
import { rows } from '../db/rows.ts';

// Any number shared by every app process on one server; distinct from the migration lock.
const SEED_LOCK = 804_2020;

/** True when no table holds a row (the migrations' own bookkeeping aside). */
export async function isEmptyDatabase(database: Database): Promise<boolean> {
  const tables = await rows<{ name: string }>(database.db, sql`
    SELECT quote_ident(table_name) AS name FROM information_schema.tables
    WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> 'schema_migrations'`);
  if (tables.length === 0) return true;
  const probe = tables.map(({ name }) => `SELECT 1 FROM ${name}`).join(' UNION ALL ');
  const [row] = await rows<{ any: boolean }>(database.db, sql.raw(`SELECT EXISTS (${probe}) AS "any"`));
  return row?.any !== true;
}

/** Loads the demo programme (each module's demo data) and returns the text to print for the accounts. */
export async function seedDemo(database: Database): Promise<string> {
  const { demoProducerId } = await seedDemoCatalogue(database);
  await seedDemoPhotos(database);
  await seedDemoFair(database, clock.today());
  await seedDemoTourism(database);
  const { buyerOrganisationId } = await seedDemoConference(database, demoProducerId);
  const accounts = await seedDemoAccounts(database, { producerId: demoProducerId, buyerOrganisationId });
  // After the accounts: the demo surveyor and operator are given their points.
  await seedDemoOutlets(database, clock.today());
  await seedDemoTraining(database);
  await seedDemoProgramme(database);
  return formatDemoAccounts(accounts);
}

/** Whether this start made the database: the migrations it applied began with the first one. */
export function createdByThisStart(applied: string[]): boolean {
  const first = readMigrations()[0];
  return first !== undefined && applied.includes(first.name);
}

/**
 * The demo at start-up: only into a database this very start created (its migrations applied
 * from the first), never over data (an import between `ocop migrate` and the first start counts),
 * and on a server under an advisory lock held while seeding, so processes starting together on
 * one empty database seed it once. Returns the text to print, or null when nothing was seeded.
 */
export async function seedDemoOnStart(
  database: Database,
  applied: string[],
  wanted: boolean,
  seed: (database: Database) => Promise<string> = seedDemo,
): Promise<string | null> {
  if (!wanted || !createdByThisStart(applied)) return null;
  const seedIfEmpty = async () => ((await isEmptyDatabase(database)) ? seed(database) : null);
  // The embedded database is one process's alone (the data folder is locked) and one connection:
  // a lock transaction there would keep the seeding itself waiting.
  if (database.kind === 'pglite') return seedIfEmpty();
  return database.rawTransaction(async (client) => {
    await client.query(`SELECT pg_advisory_xact_lock(${SEED_LOCK})`);
    return seedIfEmpty();
  });
}
