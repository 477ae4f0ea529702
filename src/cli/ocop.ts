import { DataDirLockedError } from '../server/db/data-dir-lock.ts';
import { CliError } from './cli-context.ts';
import { allocateStallsCommand } from './commands/allocate-stalls.ts';
import { backupCommand } from './commands/backup.ts';
import { createAdminCommand } from './commands/create-admin.ts';
import { exportCommand } from './commands/export.ts';
import { generateProductsCommand } from './commands/generate-products.ts';
import { importCommand } from './commands/import.ts';
import { migrateCommand } from './commands/migrate.ts';
import { restoreCommand } from './commands/restore.ts';
import { seedDemoCommand } from './commands/seed-demo.ts';

const COMMANDS: Record<string, { usage: string; run: (args: string[]) => Promise<void> }> = {
  migrate: { usage: 'migrate                 apply pending database migrations', run: migrateCommand },
  'create-admin': { usage: 'create-admin EMAIL      create an administrator (password: OCOP_PASSWORD or prompt)', run: createAdminCommand },
  backup: { usage: 'backup FILE             write a logical backup of the whole database', run: backupCommand },
  restore: { usage: 'restore FILE [--force]  restore a backup (on either engine)', run: restoreCommand },
  import: { usage: 'import FILE [--dry-run]  import an official product list (.xlsx/.csv), all rows or none', run: importCommand },
  export: { usage: 'export FILE             export the catalogue (.xlsx/.csv) in the import template columns', run: exportCommand },
  'generate-products': { usage: 'generate-products N     add N generated products (benchmarks); into an empty catalogue', run: generateProductsCommand },
  'allocate-stalls': { usage: 'allocate-stalls IN OUT  optimal stall allocation of a JSON instance (see fairs/allocation/README.md)', run: allocateStallsCommand },
  'seed-demo': { usage: 'seed-demo               load the demo programme into an empty database', run: seedDemoCommand },
};

function usage(): string {
  return [
    'Usage: ocop COMMAND [ARGS]   (uses DATABASE_URL if set, else the embedded database in DATA_DIR, default ./data)',
    '',
    ...Object.values(COMMANDS).map((c) => `  ${c.usage}`),
  ].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    console.error(usage());
    return name && name !== 'help' && name !== '--help' ? 2 : 0;
  }
  try {
    await command.run(args);
    return 0;
  } catch (error) {
    if (error instanceof CliError) {
      console.error(error.message);
      return error.exitCode;
    }
    if (error instanceof DataDirLockedError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
}

process.exitCode = await main(process.argv.slice(2));
