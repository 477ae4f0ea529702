// Every route of the API, fuzzed from the OpenAPI document of a running app with fast-check, as
// the roles that may call it, through the proxy (both processes): no answer is a 5xx, every
// refusal (4xx) is in the error shape, and no refused request changes the database. A 2xx of a
// mutation is a legitimate change: the fingerprint is compared around each refused request, so
// the changes of the accepted ones never hide a refused one's.
//
// Reproduce a run with RELIABILITY_FUZZ_SEED=<printed seed> (RELIABILITY_FUZZ_ROUTES=<regexp on
// "METHOD /url"> to run some routes only, RELIABILITY_FUZZ_RUNS=<cases per route>).
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Role } from '../../src/modules/accounts/roles.ts';
import { collectPolicy } from '../api/access-policy/policy.ts';
import { databaseFingerprint } from '../support/database-fingerprint.ts';
import { REPO_ROOT } from './support/app-process.ts';
import { startCluster, type Cluster, type SignedIn } from './support/cluster.ts';
import { fuzzWorld, type FuzzWorld } from './support/fuzz-fixtures.ts';
import { requestsFor, routesOf, type FuzzRequest, type FuzzRoute } from './support/fuzz-requests.ts';
import { send, type HttpResponse } from './support/http.ts';

const RUNS = Number(process.env.RELIABILITY_FUZZ_RUNS ?? 16);
const SEED = Number(process.env.RELIABILITY_FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
const ONLY = process.env.RELIABILITY_FUZZ_ROUTES ? new RegExp(process.env.RELIABILITY_FUZZ_ROUTES) : undefined;
// Signing out ends the session the run uses; the docs are the viewer's static files.
const SKIPPED = (route: FuzzRoute) => route.url.startsWith('/api/docs') || route.url === '/api/auth/sign-out';
/** Tables a refused request writes by design: a failed sign-in is counted, to rate-limit the next. */
const WRITES_WHEN_REFUSED: Record<string, readonly string[]> = {
  'POST /api/auth/sign-in': ['sign_in_attempts'],
};
/** Written by the background job runner of every process, at any moment, whatever the requests do. */
const BACKGROUND_TABLES = new Set(['jobs']);
// From one address of its own: the fuzz's failed sign-ins must not lock anybody else out.
const CLIENT_ADDRESS = '198.51.100.77';

let cluster: Cluster;
let world: FuzzWorld;
beforeAll(async () => {
  cluster = await startCluster({ servers: 2 });
  world = await fuzzWorld(cluster);
});
afterAll(() => cluster?.stop());

const fingerprint = () => databaseFingerprint(cluster.database);

/** The fingerprint once it has stayed the same for a second: background work of an accepted request has ended. */
async function settled(): Promise<Record<string, string>> {
  let last = await fingerprint();
  for (const deadline = Date.now() + 90_000; Date.now() < deadline;) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const now = await fingerprint();
    if (changedTables(last, now).length === 0) return now;
    last = now;
  }
  throw new Error('the database kept changing for 90 s after a 202');
}

function changedTables(before: Record<string, string>, after: Record<string, string>, allowed: readonly string[] = []): string[] {
  return Object.keys({ ...before, ...after }).filter((table) => before[table] !== after[table] && !BACKGROUND_TABLES.has(table) && !allowed.includes(table));
}

function isErrorShaped(response: HttpResponse): boolean {
  try {
    const { error } = response.json<{ error?: { code?: unknown; message?: unknown } }>();
    return typeof error?.code === 'string' && typeof error.message === 'string';
  } catch {
    return false;
  }
}

const describeRequest = (route: FuzzRoute, role: Role | null, request: FuzzRequest) => {
  const body = request.body === undefined ? '' : ` body ${JSON.stringify(String(request.body).slice(0, 160))}${String(request.body).length > 160 ? '…' : ''}`;
  return `${role ?? 'anonymous'} ${route.method} ${request.path.slice(0, 200)}${body} [${request.headers['content-type'] ?? 'no content-type'}]`;
};

it(`answers every route's fuzzed requests without a 5xx, refusals changing nothing (${RUNS} cases a route)`, async () => {
  const document = (await send(cluster.url, { path: '/api/openapi.json' })).json<Parameters<typeof routesOf>[0]>();
  const policy = collectPolicy();
  const routes = routesOf(document).filter((route) => !SKIPPED(route) && (!ONLY || ONLY.test(`${route.method} ${route.url}`)));
  console.log(`fuzz: ${routes.length} routes, ${RUNS} cases each, seed ${SEED} (RELIABILITY_FUZZ_SEED=${SEED} to replay)`);
  const failures: string[] = [];
  const statuses: Record<string, Record<number, number>> = {};
  let cases = 0;
  const started = performance.now();

  for (const [index, route] of routes.entries()) {
    const key = `${route.method} ${route.url}`;
    if (index > 0 && index % 40 === 0) console.log(`fuzz: ${index} routes, ${cases} cases in ${((performance.now() - started) / 1000).toFixed(0)} s`);
    const access = policy[key];
    if (!access) {
      failures.push(`${key}: in the OpenAPI document but not in test/api/access-policy`);
      continue;
    }
    // Fresh accounts for every route: a route that edits users or passwords cannot lock the next one out.
    const roles: (Role | null)[] = access === 'public' ? [null, 'organizer'] : access === 'signed-in' ? ['admin', 'producer'] : [...access];
    const sessions = new Map<Role, SignedIn>();
    for (const role of roles) if (role) sessions.set(role, await world.signIn(role));
    const counts: Record<number, number> = {};
    statuses[key] = counts;
    let baseline = await fingerprint();
    const mutation = route.method !== 'GET';

    const property = fc.asyncProperty(fc.constantFrom(...roles), requestsFor(route, world.known), async (role, request) => {
      cases++;
      const label = describeRequest(route, role, request);
      let response: HttpResponse;
      try {
        response = await send(cluster.url, {
          method: route.method, path: request.path, body: request.body, timeoutMs: 30_000,
          headers: { ...request.headers, 'x-forwarded-for': CLIENT_ADDRESS },
          ...(role ? { as: sessions.get(role) } : {}),
        });
      } catch (error) {
        failures.push(`${label} → no answer: ${(error as Error).message}`);
        return true;
      }
      counts[response.status] = (counts[response.status] ?? 0) + 1;
      const refused = response.status >= 400 && response.status < 500;
      if (refused && !isErrorShaped(response)) failures.push(`${label} → ${response.status} not in the error shape: ${response.body.slice(0, 160)}`);
      if (mutation) {
        // 202: accepted, still at work (an allocation run): its later writes are not the next request's.
        const after = response.status === 202 ? await settled() : await fingerprint();
        const changed = refused ? changedTables(baseline, after, WRITES_WHEN_REFUSED[key]) : [];
        if (changed.length > 0) failures.push(`${label} → ${response.status}, yet it changed ${changed.join(', ')}`);
        baseline = after;
      }
      // A 5xx is the property failing: fast-check shrinks it to a small request and reports it with its seed.
      return response.status < 500;
    });
    try {
      await fc.assert(property, { numRuns: RUNS, seed: SEED + index, interruptAfterTimeLimit: 90_000 });
    } catch (error) {
      failures.push(`${key}: ${(error as Error).message.split('\n').slice(0, 6).join(' | ')}`);
    }
    if (!mutation) {
      // Reads never change anything, whatever they answer.
      const changed = changedTables(baseline, await fingerprint());
      if (changed.length > 0) failures.push(`${key}: reads changed ${changed.join(', ')} (answers ${JSON.stringify(counts)})`);
    }
  }

  const seconds = (performance.now() - started) / 1000;
  const totals: Record<number, number> = {};
  for (const counts of Object.values(statuses)) for (const [status, n] of Object.entries(counts)) totals[Number(status)] = (totals[Number(status)] ?? 0) + n;
  console.log(`fuzz: ${cases} cases over ${routes.length} routes in ${seconds.toFixed(0)} s: ${JSON.stringify(totals)}`);
  const dir = path.join(REPO_ROOT, 'test-artifacts/reliability');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'fuzz.json'), `${JSON.stringify({ seed: SEED, runsPerRoute: RUNS, cases, seconds: Math.round(seconds), totals, failures, statuses }, null, 2)}\n`);

  expect(failures).toEqual([]);
  if (!ONLY) expect(cases).toBeGreaterThanOrEqual(routes.length * RUNS);
}, 480_000);
