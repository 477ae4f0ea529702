/**
 * `npm run bench:reads`: the public reads of the demo programme under load, each next to the
 * static `/favicon.svg` of the same server in the same run (autocannon, 64 connections, loopback).
 * Runs the compiled server (`npm start`'s `node dist/server/main.js`) on PGlite, on PostgreSQL with
 * one process and with two processes sharing the database, and prints req/s, the ratio to the
 * static route, p99 and timeouts against the budgets of the README. Also measures /api/health
 * while the product list is under load (the embedded database runs off the request thread).
 *
 * Options: `--engine=pglite|postgres|both` (default both), `--seconds=N` per route (default 5).
 * The demo data is seeded once and kept: PGlite in $TMPDIR/ocop-bench-reads-pglite, PostgreSQL in
 * the database of BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/ocop_bench_reads,
 * created when missing). The machine's load average is printed: other work skews the figures.
 */
import autocannon, { type Result } from 'autocannon';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const option = (name: string, fallback: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const ENGINE = option('engine', 'both');
const SECONDS = Number(option('seconds', '5'));
const CONNECTIONS = 64;
const BUDGETS = {
  pglite: { ratio: 0.15, p99: 250 },
  postgres: { ratio: 0.4, p99: 100 },
  scaling: 1.6,
  healthP99: 20,
};

interface Server {
  url: string;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function startServer(env: Record<string, string>): Promise<Server> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ['dist/server/main.js'], {
    cwd: repoRoot,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', LOG: 'false' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The server did not start in 10 minutes:\n${output}`)), 600_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      if (/OCOP Connect on http/.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`The server stopped (${code}):\n${output}`)));
  });
  child.removeAllListeners('exit');
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

interface Measure {
  rps: number;
  p99: number;
  timeouts: number;
  errors: number;
}

/** 64 connections for SECONDS against `route`, shared out over the servers; req/s summed. */
async function load(servers: Server[], route: string, seconds = SECONDS, connections = CONNECTIONS): Promise<Measure> {
  const results: Result[] = await Promise.all(
    servers.map((server) => autocannon({ url: server.url + route, connections: Math.round(connections / servers.length), duration: seconds, timeout: 10 })),
  );
  return {
    rps: results.reduce((sum, r) => sum + r.requests.average, 0),
    p99: Math.max(...results.map((r) => r.latency.p99)),
    timeouts: results.reduce((sum, r) => sum + r.timeouts, 0),
    errors: results.reduce((sum, r) => sum + r.errors + r.non2xx, 0),
  };
}

async function routesOf(server: Server): Promise<[string, string][]> {
  const list = (await (await fetch(`${server.url}/api/products?page=1`)).json()) as { items: { id: string; code: string }[] };
  const fairs = (await (await fetch(`${server.url}/api/fairs`)).json()) as { items: { slug: string }[] };
  const product = list.items[0];
  const fair = fairs.items.find((f) => f.slug === 'trinh-cong-son') ?? fairs.items[0];
  if (!product || !fair) throw new Error('The demo data has no product or no fair');
  return [
    ['/api/products?page=1', '/api/products?page=1'],
    ['/api/products?q=gom bat trang', `/api/products?q=${encodeURIComponent('gom bat trang')}`],
    ['a product', `/api/products/${product.id}`],
    ['/api/verify/CODE', `/api/verify/${product.code}`],
    ['/api/fairs', '/api/fairs'],
    ['the demo fair', `/api/fairs/${fair.slug}`],
    ['its floor plan', `/api/fairs/${fair.slug}/floor-plan`],
  ];
}

const load1 = () => os.loadavg()[0]?.toFixed(1);
const rows: string[] = [];
const failures: string[] = [];

function report(label: string, measure: Measure, baseline: Measure, budget?: { ratio: number; p99: number }) {
  const ratio = measure.rps / baseline.rps;
  const ok = !budget || (ratio >= budget.ratio && measure.p99 <= budget.p99 && measure.timeouts === 0);
  if (!ok) failures.push(label);
  rows.push(
    `| ${label} | ${Math.round(measure.rps).toLocaleString('en')} | ${ratio.toFixed(3)} | ${measure.p99} ms | ${measure.timeouts}/${measure.errors} | ${budget ? (ok ? 'ok' : 'OVER BUDGET') : ''} |`,
  );
}

/** Every route of one setup; answers the req/s of each route for the scaling comparison. */
async function run(name: string, servers: Server[], budget: { ratio: number; p99: number }): Promise<Map<string, number>> {
  const routes = await routesOf(servers[0] as Server);
  for (const [, route] of routes) await load(servers, route, 1, 8); // warm-up: caches, JIT
  rows.push('', `${name} (load average ${load1()} at start)`, '', '| route | req/s | ratio | p99 | timeouts/errors | budget |', '| --- | --- | --- | --- | --- | --- |');
  const rps = new Map<string, number>();
  const staticRoute = await load(servers, '/favicon.svg');
  rps.set('/favicon.svg', staticRoute.rps);
  report('/favicon.svg', staticRoute, staticRoute);
  for (const [label, route] of routes) {
    const measure = await load(servers, route);
    rps.set(label, measure.rps);
    report(label, measure, staticRoute, budget);
  }
  rows.push(`(load average ${load1()} at end)`);
  return rps;
}

/** /api/health answered one at a time while 63 connections load the product list. */
async function healthUnderLoad(server: Server): Promise<void> {
  const [list, health] = await Promise.all([
    load([server], '/api/products?page=1', SECONDS, CONNECTIONS - 1),
    autocannon({ url: `${server.url}/api/health`, connections: 1, duration: SECONDS }),
  ]);
  const ok = health.latency.p99 < BUDGETS.healthP99;
  if (!ok) failures.push('health under load');
  rows.push(`/api/health while the list is under load: p99 ${health.latency.p99} ms (budget < ${BUDGETS.healthP99} ms: ${ok ? 'ok' : 'OVER BUDGET'}), list ${Math.round(list.rps)} req/s`);
}

async function ensureDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = target.pathname.slice(1);
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!exists.rowCount) await client.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`);
  } finally {
    await client.end();
  }
}

execFileSync(process.execPath, ['scripts/build-web-if-stale.mjs'], { cwd: repoRoot, stdio: 'inherit' });
execFileSync(process.execPath, ['scripts/build-server-if-stale.mjs'], { cwd: repoRoot, stdio: 'inherit' });
console.log(`bench:reads: ${CONNECTIONS} connections, ${SECONDS} s a route, ${os.cpus().length} cores, load average ${load1()}`);

if (ENGINE === 'pglite' || ENGINE === 'both') {
  const server = await startServer({ DATA_DIR: path.join(os.tmpdir(), 'ocop-bench-reads-pglite'), DATABASE_URL: '' });
  try {
    await run('PGlite, 1 process', [server], BUDGETS.pglite);
    await healthUnderLoad(server);
  } finally {
    await server.stop();
  }
}

if (ENGINE === 'postgres' || ENGINE === 'both') {
  const url = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/ocop_bench_reads';
  await ensureDatabase(url);
  const first = await startServer({ DATABASE_URL: url, SEED_DEMO: 'true' });
  try {
    const one = await run('PostgreSQL, 1 process', [first], BUDGETS.postgres);
    await healthUnderLoad(first);
    const second = await startServer({ DATABASE_URL: url });
    try {
      const two = await run('PostgreSQL, 2 processes', [first, second], BUDGETS.postgres);
      const reads = [...one.keys()].filter((label) => label !== '/favicon.svg');
      const total = (m: Map<string, number>) => reads.reduce((sum, label) => sum + (m.get(label) ?? 0), 0);
      const scaling = total(two) / total(one);
      const ok = scaling >= BUDGETS.scaling;
      if (!ok) failures.push('two-process scaling');
      rows.push('', `Two processes vs one, cached reads: ${scaling.toFixed(2)}× (budget ≥ ${BUDGETS.scaling}×: ${ok ? 'ok' : 'UNDER BUDGET'}); static route ${((two.get('/favicon.svg') ?? 0) / (one.get('/favicon.svg') ?? 1)).toFixed(2)}×`);
    } finally {
      await second.stop();
    }
  } finally {
    await first.stop();
  }
}

console.log(rows.join('\n'));
console.log(failures.length ? `\nOver budget: ${failures.join(', ')}` : '\nEvery budget met.');
