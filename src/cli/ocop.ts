import { DataDirLockedError } from '../server/db/data-dir-lock.ts';
import { CliError } from './cli-context.ts';

// Each command loads its own code only when it runs: `ocop plan-route` does not load the server,
// the database drivers or the solvers of the other commands before reading its instance.
const COMMANDS: Record<string, { usage: string; run: (args: string[]) => Promise<void> }> = {
  migrate: { usage: 'migrate                 apply pending database migrations', run: () => import('./commands/migrate.ts').then((m) => m.migrateCommand()) },
  'create-admin': { usage: 'create-admin EMAIL      create an administrator (password: OCOP_PASSWORD or prompt)', run: (args) => import('./commands/create-admin.ts').then((m) => m.createAdminCommand(args)) },
  backup: { usage: 'backup FILE             write a logical backup of the whole database', run: (args) => import('./commands/backup.ts').then((m) => m.backupCommand(args)) },
  restore: { usage: 'restore FILE [--force]  restore a backup (on either engine)', run: (args) => import('./commands/restore.ts').then((m) => m.restoreCommand(args)) },
  import: { usage: 'import FILE [--dry-run]  import an official product list (.xlsx/.csv), all rows or none', run: (args) => import('./commands/import.ts').then((m) => m.importCommand(args)) },
  export: { usage: 'export FILE             export the catalogue (.xlsx/.csv) in the import template columns', run: (args) => import('./commands/export.ts').then((m) => m.exportCommand(args)) },
  'generate-products': { usage: 'generate-products N     add N generated products (benchmarks), beside what the catalogue holds', run: (args) => import('./commands/generate-products.ts').then((m) => m.generateProductsCommand(args)) },
  'allocate-stalls': { usage: 'allocate-stalls IN OUT [--time-limit S]  stall allocation of a JSON instance within S seconds (default 10; see fairs/allocation/README.md)', run: (args) => import('./commands/allocate-stalls.ts').then((m) => m.allocateStallsCommand(args)) },
  'schedule-b2b': { usage: 'schedule-b2b IN OUT     optimal B2B meeting schedule of a JSON instance [--time-limit S] (see trade/scheduling/README.md)', run: (args) => import('./commands/schedule-b2b.ts').then((m) => m.scheduleB2bCommand(args)) },
  'plan-route': { usage: 'plan-route IN OUT       best one-day route of a JSON instance [--time-limit S] (see tourism/routing/README.md)', run: (args) => import('./commands/plan-route.ts').then((m) => m.planRouteCommand(args)) },
  'seed-demo': { usage: 'seed-demo               load the demo programme into an empty database', run: () => import('./commands/seed-demo.ts').then((m) => m.seedDemoCommand()) },
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
