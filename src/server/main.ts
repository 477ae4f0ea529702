import { releaseExpiredHolds } from '../modules/fairs/assignments/release-expired-holds.ts';
import { buildApp } from './app.ts';
import { readConfig } from './config.ts';
import { DataDirLockedError } from './db/data-dir-lock.ts';
import { migrate } from './db/migrate.ts';
import { openDatabase } from './db/open-database.ts';
import { seedDemoOnStart } from './demo/seed-demo.ts';
import { startJobRunner } from './jobs/job-runner.ts';
import { configureMail } from '../modules/notifications/mailer.ts';

async function main(): Promise<void> {
  const config = readConfig();
  const database = await openDatabase(config);
  const applied = await migrate(database);
  if (applied.length) console.log(`Applied migrations: ${applied.join(', ')}`);
  // The embedded database starts as a demo (SEED_DEMO=false opts out); a server database only on
  // request. Either way only a database this start created (seed-demo.ts).
  const seed = database.kind === 'pglite' ? process.env.SEED_DEMO !== 'false' : process.env.SEED_DEMO === 'true';
  const demo = await seedDemoOnStart(database, applied, seed);
  if (demo) console.log(demo);

  const app = await buildApp({ database, config, logger: process.env.LOG !== 'false' });
  // Stall holds past their deadline go back to the pool even when nobody touches the fair.
  const holdReleaser = setInterval(() => {
    releaseExpiredHolds(database.db).catch((error: unknown) => app.log.error({ err: error }, 'releasing expired holds failed'));
  }, 60_000);
  // E-mail for notifications when SMTP is configured; in-app only otherwise.
  const mail = configureMail({ smtpUrl: process.env.SMTP_URL, from: process.env.MAIL_FROM, publicUrl: config.publicUrl });
  if (!mail) app.log.info('SMTP_URL not set: notifications are in-app only');
  // Background jobs (e-mail, clean-ups) run in every app process; the database shares them out.
  const jobs = startJobRunner(database, { log: (error) => app.log.error({ err: error }, 'job runner') });
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) process.exit(1); // a second Ctrl-C forces it
    stopping = true;
    app.log.info(`${signal}: finishing requests and closing the database`);
    // In-flight requests finish before the database closes: PGlite hangs if closed mid-query.
    clearInterval(holdReleaser);
    await jobs.stop();
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  await app.listen({ port: config.port, host: config.host });
  console.log(`OCOP Connect on http://localhost:${config.port} (database: ${database.kind})`);
}

main().catch((error: unknown) => {
  console.error(error instanceof DataDirLockedError ? error.message : error);
  process.exit(1);
});
