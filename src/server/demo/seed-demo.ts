import { count } from 'drizzle-orm';
import { formatDemoAccounts, seedDemoAccounts } from '../../modules/accounts/seed-demo-accounts.ts';
import { users } from '../../modules/accounts/tables.ts';
import { seedDemoCatalogue } from '../../modules/catalogue/seed/seed-demo-catalogue.ts';
import { seedDemoFair } from '../../modules/fairs/demo/seed-demo-fair.ts';
import { todayInVietnam } from '../../shared/time/today-in-vietnam.ts';
import type { Database } from '../db/database.ts';

export async function isEmptyDatabase(database: Database): Promise<boolean> {
  const [row] = await database.db.select({ n: count() }).from(users);
  return (row?.n ?? 0) === 0;
}

/** Loads the demo programme (each module's demo data) and returns the text to print for the accounts. */
export async function seedDemo(database: Database): Promise<string> {
  const { demoProducerId } = await seedDemoCatalogue(database);
  await seedDemoFair(database, todayInVietnam());
  const accounts = await seedDemoAccounts(database, { producerId: demoProducerId });
  return formatDemoAccounts(accounts);
}
