// Scarce things claimed by many clients at once, across two app processes on one PostgreSQL:
// exactly the capacity wins, every loser gets a 409, nothing is booked twice.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCases } from './support/cases.ts';
import { RELIABILITY_PASSWORD, startCluster, type Cluster } from './support/cluster.ts';
import { countStatuses, send, signInOver } from './support/http.ts';

const modules = await loadCases();
let cluster: Cluster;
beforeAll(async () => {
  cluster = await startCluster({ servers: 2 });
});
afterAll(() => cluster?.stop());

for (const { module, cases } of modules.filter((m) => (m.cases.contention ?? []).length > 0)) {
  describe(module, () => {
    for (const contention of cases.contention ?? []) {
      it(contention.name, async () => {
        const prepared = performance.now();
        const plan = await contention.prepare(cluster);
        const fired = performance.now();
        const responses = await Promise.all(plan.claims.map((claim) => send(cluster.url, claim)));
        const statuses = countStatuses(responses);
        const won = responses.filter((response) => response.status >= 200 && response.status < 300).length;
        const refused = responses.filter((response) => response.status === 409);
        console.log(`${module}: ${contention.name}: ${JSON.stringify(statuses)} in ${Math.round(performance.now() - fired)} ms (prepared in ${Math.round(fired - prepared)} ms)`);
        expect({ won, lost: refused.length, others: responses.length - won - refused.length }).toEqual({
          won: plan.winners, lost: plan.claims.length - plan.winners, others: 0,
        });
        for (const response of refused) expect(response.json<{ error: { code: string } }>().error.code).toMatch(/^[a-z_]+$/);
        expect(await plan.doubleBookings()).toEqual([]);
      }, 180_000);
    }
  });
}

describe('accounts', () => {
  it('200 concurrent wrong sign-ins for one account over both processes: five reach the password check, the rest get 429', async () => {
    const account = await cluster.signIn('producer');
    // From an address of its own, so the burst counts against this e-mail and this IP only.
    const headers = { 'x-forwarded-for': '198.51.100.7' };
    const fired = performance.now();
    const responses = await Promise.all(Array.from({ length: 200 }, (_, i) =>
      send(cluster.url, { method: 'POST', path: '/api/auth/sign-in', body: { email: account.email, password: `guess ${i}` }, headers })));
    const statuses = countStatuses(responses);
    console.log(`accounts: 200 wrong sign-ins: ${JSON.stringify(statuses)} in ${Math.round(performance.now() - fired)} ms`);
    expect(statuses).toEqual({ 401: 5, 429: 195 });
    for (const response of responses.filter((r) => r.status === 429)) expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
    // Locked out even with the right password, from the same address; another address is not.
    const locked = await send(cluster.url, { method: 'POST', path: '/api/auth/sign-in', body: { email: account.email, password: RELIABILITY_PASSWORD }, headers });
    expect(locked.status).toBe(429);
    const other = await cluster.signIn('producer');
    await signInOver(cluster.url, other.email, RELIABILITY_PASSWORD);
  }, 120_000);
});
