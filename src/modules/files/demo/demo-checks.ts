import { expect, it } from 'vitest';
import type { DemoChecks } from '../../../server/demo/demo-checks.ts';

export const demoChecks: DemoChecks = (demo) => {
  it('shows a photo on the products of every product group, from the file service', async () => {
    const { app } = demo();
    for (const group of ['I', 'II', 'III', 'IV', 'V', 'VI']) {
      const list = (await app.inject({ method: 'GET', url: `/api/products?category=${group}&pageSize=24` })).json();
      expect(list.total, `group ${group} has products`).toBeGreaterThan(0);
      for (const product of list.items) expect(product.photo, `${product.code} has a photo`).toMatch(/^\/api\/files\/[0-9a-f-]{36}$/);
      const thumb = await app.inject({ method: 'GET', url: `${list.items[0].photo}/thumb` });
      expect(thumb.statusCode).toBe(200);
      expect(thumb.headers['content-type']).toBe('image/webp');
      expect(thumb.headers['cache-control']).toContain('immutable');
    }
  });

  it('gives products of the same kind different pictures', async () => {
    const list = (await demo().app.inject({ method: 'GET', url: '/api/products?q=banh%20chung&pageSize=24' })).json();
    expect(list.items.length).toBeGreaterThanOrEqual(4);
    const etags = new Set<string>();
    for (const product of list.items) etags.add(String((await demo().app.inject({ method: 'GET', url: `${product.photo}/thumb` })).headers.etag));
    expect(etags.size).toBeGreaterThanOrEqual(2);
  });
};
