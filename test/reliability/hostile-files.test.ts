// Hostile files through HTTP, to a real app process: each gets a clear 4xx within seconds, the
// process keeps answering /api/health while it reads them, and its memory stays under 512 MB.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pngImage } from '../support/file-fixtures.ts';
import { csvWithRows, deeplyNestedXlsx, entityBombXlsx, lyingXlsx, xlsxBomb } from '../support/hostile-spreadsheets.ts';
import { aPoint, atStatus } from '../support/outlet-fixtures.ts';
import type { AppProcess } from './support/app-process.ts';
import { startCluster, type Cluster, type SignedIn } from './support/cluster.ts';
import { send } from './support/http.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** A clear answer comes within seconds, even on a busy two-core machine. */
const ANSWER_WITHIN_MS = 15_000;
const MAX_RSS_MIB = 512;
/** Health answered within this while a file is read: the request thread is never blocked for long. */
const HEALTH_WITHIN_MS = 2_000;

let cluster: Cluster;
let staff: SignedIn;
let server: AppProcess;
let pointId = '';
beforeAll(async () => {
  cluster = await startCluster({ servers: 2 });
  staff = await cluster.signIn('organizer');
  server = cluster.servers[0] as AppProcess;
  const point = await aPoint(cluster.database);
  await atStatus(cluster.database, point.id, 'operating');
  pointId = point.id;
});
afterAll(() => cluster?.stop());

/** The process's resident memory now, in MiB (Linux). */
function residentMiB(pid: number): number {
  if (server.exited()) return 0;
  return Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
}

interface Upload {
  file: string;
  body: () => Buffer | Promise<Buffer>;
  /** Expected status, and the code: the error's (413) or the report's first problem's (422). */
  status: number;
  code: string;
}

const hostile: Upload[] = [
  { file: 'rows-200000.csv', body: () => csvWithRows(200_000), status: 413, code: 'too_many_rows' },
  { file: 'bomb.xlsx', body: () => xlsxBomb(1.1 * 1024 ** 3), status: 413, code: 'entry_too_large' },
  // It inflates past the size it declares: caught while inflating, as a broken file.
  { file: 'lying-bomb.xlsx', body: () => lyingXlsx(1024 ** 3, 1024 * 1024), status: 422, code: 'unreadable' },
  { file: 'deep-nesting.xlsx', body: () => deeplyNestedXlsx(2_000_000), status: 413, code: 'file_too_complex' },
  { file: 'entity-bomb.xlsx', body: () => entityBombXlsx(), status: 422, code: 'unreadable' },
  { file: 'photo.xlsx', body: () => pngImage(), status: 422, code: 'unsupported_format' },
];

const routes = [
  { name: 'catalogue import', path: (file: string) => `/api/catalogue/import?fileName=${file}` },
  { name: 'sales import of a point of sale', path: (file: string) => `/api/outlets/points/${pointId}/sales-import?fileName=${file}` },
];

for (const route of routes) {
  describe(route.name, () => {
    for (const upload of hostile) {
      it(`refuses ${upload.file} with a clear ${upload.status} within seconds, answering health meanwhile, under ${MAX_RSS_MIB} MB`, async () => {
        const body = await upload.body();
        let reading = true;
        const health: number[] = [];
        const healthFailures: string[] = [];
        let peakMiB = residentMiB(server.pid);
        const sampler = setInterval(() => {
          peakMiB = Math.max(peakMiB, residentMiB(server.pid));
        }, 25);
        const probe = (async () => {
          while (reading) {
            const asked = performance.now();
            const answer = await send(server.url, { path: '/api/health', timeoutMs: 10_000 }).catch((error: Error) => ({ status: 0, body: error.message }));
            health.push(performance.now() - asked);
            if (answer.status !== 200) healthFailures.push(`${answer.status} ${answer.body.slice(0, 80)}`);
            await new Promise((resolve) => setTimeout(resolve, 50));
          }
        })();
        const started = performance.now();
        const response = await send(server.url, {
          method: 'POST', path: route.path(upload.file), as: staff, body, timeoutMs: 60_000,
          headers: { 'content-type': upload.file.endsWith('.csv') ? 'text/csv' : XLSX },
        });
        const elapsed = performance.now() - started;
        reading = false;
        await probe;
        clearInterval(sampler);
        const error = response.status >= 400 && response.status < 500 ? response.json<{ error: { code: string; message: string; details?: { problems?: { code: string }[] } } }>().error : undefined;
        const code = error?.details?.problems?.[0]?.code ?? error?.code;
        console.log(`${route.name}: ${upload.file} (${Math.ceil(body.length / 1024).toLocaleString("en")} KB) → ${response.status} ${code} in ${Math.round(elapsed)} ms; ` +
          `health ${health.length}× max ${Math.round(Math.max(0, ...health))} ms; RSS peak ${Math.round(peakMiB)} MiB (VmHWM ${Math.round(server.peakRssMiB())} MiB)`);
        expect(response.status, response.body.slice(0, 300)).toBe(upload.status);
        expect(error?.message).toMatch(/\S/);
        expect(code).toBe(upload.code);
        expect(elapsed).toBeLessThan(ANSWER_WITHIN_MS);
        expect(healthFailures).toEqual([]);
        expect(health.length).toBeGreaterThan(0);
        expect(Math.max(...health)).toBeLessThan(HEALTH_WITHIN_MS);
        expect(server.peakRssMiB()).toBeLessThan(MAX_RSS_MIB);
      }, 90_000);
    }
  });
}
