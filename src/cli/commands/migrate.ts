import { migrate } from '../../server/db/migrate.ts';
import { withDatabase } from '../cli-context.ts';

export async function migrateCommand(): Promise<void> {
  const applied = await withDatabase((database) => migrate(database), { migrate: false });
  console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'The database is up to date.');
}
