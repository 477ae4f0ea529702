/**
 * Hostile spreadsheet uploads against a real server over HTTP (loopback, PGlite in memory): the
 * 200,000-row CSV and the 1.2 MB zip bomb that inflates to 1.13 GiB of issue 13, each timed to
 * its answer, with the health route polled throughout and the process's peak memory sampled
 * (server and client share this process: the figure includes the in-memory PGlite and the
 * upload being sent).
 *
 *   npm run bench:spreadsheet     (node --expose-gc for a clean baseline)
 */
import http from 'node:http';
import { createUser } from '../src/modules/accounts/create-user.ts';
import { SYSTEM_ACTOR } from '../src/modules/audit/actor.ts';
import { buildApp } from '../src/server/app.ts';
import { readConfig } from '../src/server/config.ts';
import { migrate } from '../src/server/db/migrate.ts';
import { openPglite } from '../src/server/db/open-pglite.ts';
import { closeSpreadsheetWorkers } from '../src/server/spreadsheet/parse-in-worker.ts';
import { csvWithRows, xlsxBomb } from '../test/support/hostile-spreadsheets.ts';

const database = await openPglite();
await migrate(database);
const app = await buildApp({ database, config: { ...readConfig({}), databaseUrl: undefined }, webDistDir: null, logger: process.env.BENCH_LOG === 'true' });
const address = await app.listen({ port: 0, host: '127.0.0.1' });
const email = 'bench-organizer@example.org';
const password = 'bench password, long enough';
await createUser(database, SYSTEM_ACTOR, { email, displayName: 'Bench', role: 'organizer', password });
const signIn = await fetch(`${address}/api/auth/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json', origin: address }, body: JSON.stringify({ email, password }) });
const cookie = signIn.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
if (signIn.status !== 200) throw new Error(`sign-in: ${signIn.status} ${await signIn.text()}`);
const { csrfToken } = (await signIn.json()) as { csrfToken: string };

let peakRss = 0;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 20);

function post(url: string, body: Buffer, headers: Record<string, string>): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: 'POST', headers: { ...headers, 'content-length': String(body.length) } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString() }));
    });
    request.on('error', reject);
    request.end(body);
  });
}

async function upload(name: string, body: Buffer): Promise<void> {
  const health: number[] = [];
  let running = true;
  const poll = (async () => {
    while (running) {
      const started = performance.now();
      await fetch(`${address}/api/health`);
      health.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  })();
  global.gc?.();
  const baseline = process.memoryUsage().rss;
  peakRss = baseline;
  const started = performance.now();
  const response = await post(`${address}/api/catalogue/import?fileName=${name}&dryRun=true`, body, {
    cookie,
    'x-csrf-token': csrfToken,
    origin: address,
    'content-type': name.endsWith('.csv') ? 'text/csv' : 'application/octet-stream',
  });
  const answer = JSON.parse(response.body) as { error?: { code: string; message: string } };
  const seconds = (performance.now() - started) / 1000;
  running = false;
  await poll;
  health.sort((a, b) => a - b);
  console.log(
    `${name.padEnd(10)} ${(body.length / 1024 / 1024).toFixed(1)} MB → ${response.status} ${answer.error?.code ?? ''} in ${seconds.toFixed(2)} s (target: a clear 4xx within seconds) | ` +
      `RSS ${(baseline / 1024 / 1024).toFixed(0)} MB before, peak ${(peakRss / 1024 / 1024).toFixed(0)} MB (+${((peakRss - baseline) / 1024 / 1024).toFixed(0)} MB; target: server < 512 MB) | health ${health.length} answers, max ${health.at(-1)?.toFixed(0)} ms\n` +
      `           "${answer.error?.message ?? ''}"`,
  );
}

console.log(`load average ${(await import('node:os')).loadavg().map((l) => l.toFixed(2)).join(' ')}`);
await upload('rows.csv', csvWithRows(200_000));
await upload('bomb.xlsx', xlsxBomb(1.13 * 1024 ** 3));
clearInterval(sampler);
await app.close();
await closeSpreadsheetWorkers();
await database.close();
