import { expect, it } from 'vitest';
import type { DemoChecks } from '../../../server/demo/demo-checks.ts';

export const demoChecks: DemoChecks = (demo) => {
  it('has products with certificates in each of the four statuses today', async () => {
    for (const status of ['valid', 'expiring', 'expired', 'revoked']) {
      const list = (await demo().app.inject({ method: 'GET', url: `/api/products?status=${status}&pageSize=1` })).json();
      expect(list.total, status).toBeGreaterThan(0);
    }
  });
};
