// Once per run: the web app and the server built (the app processes run `node dist/server/main.js`
// as `npm start` does; the load run compares against a static file of the web app) and one
// migrated PostgreSQL template that every test file copies into a database of its own.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { migrate } from '../../src/server/db/migrate.ts';
import { openPostgres } from '../../src/server/db/open-postgres.ts';
import { REPO_ROOT } from './support/app-process.ts';
import { adminQuery, databaseUrl } from './support/reliability-env.ts';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  execFileSync(process.execPath, [path.join(REPO_ROOT, 'scripts/build-web-if-stale.mjs')], { cwd: REPO_ROOT, stdio: 'inherit' });
  execFileSync(process.execPath, [path.join(REPO_ROOT, 'scripts/build-server-if-stale.mjs')], { cwd: REPO_ROOT, stdio: 'inherit' });

  const template = `ocop_rel_template_${process.pid}`;
  await adminQuery(`DROP DATABASE IF EXISTS ${template}`);
  await adminQuery(`CREATE DATABASE ${template}`);
  const database = await openPostgres(databaseUrl(template), { max: 1 });
  await migrate(database);
  await database.close();
  project.provide('reliabilityTemplate', template);
  project.provide('reliabilityPrefix', `ocop_rel_${process.pid}_`);

  return async () => {
    const leftovers = await adminQuery<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE datname LIKE 'ocop_rel_${process.pid}_%' OR datname = $1`,
      [template],
    );
    for (const { datname } of leftovers) await adminQuery(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
  };
}
