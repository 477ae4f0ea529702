// Faults: a server killed (-9) in the middle of each module's long writes, then restarted: each
// write is there in full or not at all. PostgreSQL ending the app's connections under a load of
// reads: every answer a 2xx or a 503 with Retry-After, and the processes recover by themselves.
// And the embedded database: `npm start` on a data folder killed during an import opens again.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { productListCsv } from './cases/catalogue.ts';
import { REPO_ROOT, startAppProcess, type AppProcess } from './support/app-process.ts';
import { loadCases } from './support/cases.ts';
import { startCluster, type Cluster } from './support/cluster.ts';
import { countStatuses, send, sendReadingLines, signInOver, type HttpResponse } from './support/http.ts';
import { adminQuery } from './support/reliability-env.ts';

const modules = await loadCases();
let cluster: Cluster;
beforeAll(async () => {
  cluster = await startCluster({ servers: 2 });
});
afterAll(() => cluster?.stop());

async function expectHealthy(url: string): Promise<void> {
  const health = await send(url, { path: '/api/health' });
  expect(health.status, health.body).toBe(200);
}

for (const { module, cases } of modules.filter((m) => (m.cases.crashes ?? []).length > 0)) {
  describe(module, () => {
    for (const crash of cases.crashes ?? []) {
      it(`${crash.name}: after the restart it is all there or none of it`, async () => {
        const victim = cluster.servers[0] as AppProcess;
        const run = await crash.start(cluster, victim.url);
        await victim.kill9();
        const restarted = performance.now();
        const fresh = await cluster.restart(0);
        console.log(`${module}: ${crash.name}: killed, restarted in ${Math.round(performance.now() - restarted)} ms`);
        await expectHealthy(fresh.url);
        await expectHealthy(cluster.url);
        const outcome = await run.outcome();
        console.log(`${module}: ${crash.name}: ${outcome}`);
        expect(['none', 'all']).toContain(outcome);
      }, 180_000);
    }
  });
}

describe('database connections', () => {
  it('ended by PostgreSQL under a load of reads: only 2xx or 503 with Retry-After, then recovered without a restart', async () => {
    const staff = await cluster.signIn('organizer');
    const created = await send(cluster.url, { method: 'POST', path: '/api/producers', as: staff, body: {
      name: 'HTX Mất kết nối', type: 'cooperative', address: 'Thôn 1, xã Bát Tràng', province: 'Hà Nội', commune: 'Bát Tràng', legacyDistrict: 'Gia Lâm', region: 'red-river-delta',
    } });
    expect(created.status, created.body).toBe(201);
    const pids = cluster.servers.map((server) => server.pid);
    const reads = (n: number) => [`/api/products?q=gom${n % 50}`, '/api/health', `/api/producers?page=${(n % 5) + 1}`, '/api/fairs'][n % 4] as string;
    const answers: HttpResponse[] = [];
    const broken: string[] = [];
    let running = true;
    let sent = 0;
    const load = Array.from({ length: 16 }, async () => {
      while (running) {
        const path = reads(sent++);
        await send(cluster.url, { path, timeoutMs: 30_000 }).then((response) => answers.push(response), (error: Error) => broken.push(`${path}: ${error.message}`));
      }
    });
    await new Promise((resolve) => setTimeout(resolve, 1000));
    let terminated = 0;
    for (let round = 0; round < 4; round++) {
      const ended = await adminQuery<{ ok: boolean }>(
        'SELECT pg_terminate_backend(pid) AS ok FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [cluster.databaseName]);
      terminated += ended.length;
      await new Promise((resolve) => setTimeout(resolve, 700));
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
    running = false;
    await Promise.all(load);

    const statuses = countStatuses(answers);
    console.log(`connections: ${terminated} backends ended in 4 rounds under ${answers.length} reads: ${JSON.stringify(statuses)}`);
    expect(broken).toEqual([]);
    const wrong = answers.filter((r) => !(r.status >= 200 && r.status < 300) && !(r.status === 503 && Number(r.headers['retry-after']) > 0));
    expect(wrong.map((r) => `${r.status} ${r.body.slice(0, 120)}`)).toEqual([]);
    expect(terminated).toBeGreaterThan(4);

    // Recovered by themselves: the same processes answer reads and writes, and a change made
    // through one reaches the other's read cache (its LISTEN connection was ended too).
    expect(cluster.servers.map((server) => server.pid)).toEqual(pids);
    expect(cluster.servers.every((server) => !server.exited())).toBe(true);
    for (const server of cluster.servers) {
      const answered = await Promise.all(Array.from({ length: 20 }, (_, i) => send(server.url, { path: reads(i) })));
      expect(countStatuses(answered)).toEqual({ 200: 20 });
    }
    const producer = created.json<{ id: string }>().id;
    const [first, second] = cluster.servers as [AppProcess, AppProcess];
    expect((await send(second.url, { path: `/api/producers/${producer}` })).json<{ name: string }>().name).toBe('HTX Mất kết nối');
    const renamed = await send(first.url, { method: 'PATCH', path: `/api/producers/${producer}`, as: staff, body: { name: 'HTX Đã nối lại' } });
    expect(renamed.status, renamed.body).toBeLessThan(300);
    let seen = '';
    for (const deadline = Date.now() + 5000; Date.now() < deadline && seen !== 'HTX Đã nối lại';) {
      seen = (await send(second.url, { path: `/api/producers/${producer}` })).json<{ name: string }>().name;
      if (seen !== 'HTX Đã nối lại') await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(seen).toBe('HTX Đã nối lại');
  }, 120_000);
});

describe('embedded database', () => {
  const ROWS = 600;
  let dataDir = '';
  let server: AppProcess | undefined;
  afterAll(async () => {
    await server?.stop();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it(`kill -9 of a PGlite server during a ${ROWS}-row import: the data folder opens again, the import all there or not at all`, async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ocop-reliability-pglite-'));
    const env = { DATA_DIR: dataDir, DATABASE_URL: '', SEED_DEMO: 'false' };
    const email = 'admin@reliability.example';
    const password = 'reliability embedded passphrase';
    const made = performance.now();
    await promisify(execFile)(process.execPath, [path.join(REPO_ROOT, 'bin/ocop.mjs'), 'create-admin', email], {
      cwd: REPO_ROOT, env: { ...process.env, ...env, OCOP_PASSWORD: password }, timeout: 120_000,
    });
    console.log(`embedded: data folder made with an administrator in ${Math.round(performance.now() - made)} ms`);
    server = await startAppProcess({ env });
    console.log(`embedded: first start in ${Math.round(performance.now() - made)} ms`);
    const session = await signInOver(server.url, email, password);
    let third: () => void = () => undefined;
    const underWay = new Promise<void>((resolve) => {
      third = resolve;
    });
    const importing = sendReadingLines(server.url, {
      method: 'POST', path: '/api/catalogue/import?fileName=nhung.csv', as: session, body: productListCsv(ROWS, 'Sản phẩm nhúng'),
      headers: { 'content-type': 'text/csv', accept: 'application/x-ndjson' }, timeoutMs: 120_000,
    }, (line) => {
      if (((JSON.parse(line) as { progress?: { done: number } }).progress?.done ?? 0) >= ROWS / 3) third();
    });
    await Promise.race([underWay, importing.then(() => {
      throw new Error('the import ended before the server could be killed');
    })]);
    console.log(`embedded: import a third done at ${Math.round(performance.now() - made)} ms`);
    await server.kill9();
    await importing.catch(() => undefined);
    expect(fs.existsSync(path.join(dataDir, 'ocop.lock'))).toBe(true); // left behind by the killed process

    const started = performance.now();
    server = await startAppProcess({ env });
    console.log(`embedded: restarted on the killed data folder in ${Math.round(performance.now() - started)} ms`);
    await expectHealthy(server.url);
    const total = async (route: string) => (await send(server?.url ?? '', { path: `${route}?pageSize=1`, as: session })).json<{ total: number }>().total;
    const products = await total('/api/products');
    const producers = await total('/api/producers');
    console.log(`embedded: after the restart ${products} products, ${producers} producers`);
    expect([[0, 0], [ROWS, ROWS / 10]]).toContainEqual([products, producers]);
    // Not only readable: it takes the next import.
    const again = await send(server.url, {
      method: 'POST', path: '/api/catalogue/import?fileName=sau.csv', as: session, body: productListCsv(20, 'Sản phẩm sau'), headers: { 'content-type': 'text/csv' }, timeoutMs: 120_000,
    });
    expect(again.status, again.body.slice(0, 300)).toBe(200);
    expect(await total('/api/products')).toBe(products + 20);
  }, 240_000);
});
