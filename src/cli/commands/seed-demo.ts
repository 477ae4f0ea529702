import { isEmptyDatabase, seedDemo } from '../../server/demo/seed-demo.ts';
import { CliError, withDatabase } from '../cli-context.ts';

export async function seedDemoCommand(): Promise<void> {
  await withDatabase(async (database) => {
    if (!(await isEmptyDatabase(database))) throw new CliError('The database is not empty; demo data goes into an empty one only.');
    console.log(await seedDemo(database));
  });
}
