import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { migrate } from '../../src/server/db/migrate.ts';
import { openPglite } from '../../src/server/db/open-pglite.ts';
import { openPostgres } from '../../src/server/db/open-postgres.ts';
import { testDatabaseUrl, withDatabaseName } from './test-env.ts';

/**
 * Migrates one database per run and lets every test file start from a copy of it: a PGlite
 * data-folder dump, or a PostgreSQL template database. Migrating per file would take seconds each.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const templatePath = path.join(os.tmpdir(), `ocop-test-template-${process.pid}.tar.gz`);
  const template = await openPglite();
  await migrate(template);
  const dump = await template.client.dumpDataDir('none');
  await template.close();
  fs.writeFileSync(templatePath, Buffer.from(await dump.arrayBuffer()));
  project.provide('pgliteTemplatePath', templatePath);

  let postgresTemplateName: string | null = null;
  if (testDatabaseUrl) {
    postgresTemplateName = `ocop_test_template_${process.pid}`;
    await adminQuery(`DROP DATABASE IF EXISTS ${postgresTemplateName}`);
    await adminQuery(`CREATE DATABASE ${postgresTemplateName}`);
    const database = await openPostgres(withDatabaseName(testDatabaseUrl, postgresTemplateName), { max: 1 });
    await migrate(database);
    await database.close();
  }
  project.provide('postgresTemplateName', postgresTemplateName);

  return async () => {
    fs.rmSync(templatePath, { force: true });
    if (postgresTemplateName) {
      const leftovers = await adminQuery(
        `SELECT datname FROM pg_database WHERE datname LIKE 'ocop_test_${process.pid}_%' OR datname = '${postgresTemplateName}'`,
      );
      for (const row of leftovers) await adminQuery(`DROP DATABASE IF EXISTS ${String(row.datname)} WITH (FORCE)`);
    }
  };
}

async function adminQuery(text: string): Promise<Record<string, unknown>[]> {
  const client = new pg.Client({ connectionString: testDatabaseUrl });
  await client.connect();
  try {
    return (await client.query(text)).rows;
  } finally {
    await client.end();
  }
}
