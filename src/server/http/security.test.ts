// What every response and every link promises a browser: security headers, mutations only from
// the platform's own pages, and links built from PUBLIC_URL whatever Host the request named.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aCertificate, aProduct, aProducer } from '../../../test/support/catalogue-fixtures.ts';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { productQrSvg, verifyUrl } from '../../modules/catalogue/verify/product-qr.ts';
import { readConfig } from '../config.ts';
import { isAllowedOrigin } from './origin-check.ts';
import { tileOrigins } from './security-headers.ts';

let t: TestApp;
let code: string;
beforeAll(async () => {
  t = await createTestApp();
  const producer = await aProducer(t.database);
  const product = await aProduct(t.database, producer.id, { vi: 'Bình gốm men lam', en: 'Blue-glazed vase' });
  await aCertificate(t.database, product.id);
  code = (await t.app.inject({ method: 'GET', url: `/api/products/${product.id}` })).json().code;
});
afterAll(() => t.close());

describe('security headers', () => {
  it('come with every response: success, error and unknown route', async () => {
    for (const url of ['/api/health', '/api/products/not-an-id', '/api/no-such-route']) {
      const response = await t.app.inject({ method: 'GET', url });
      const csp = String(response.headers['content-security-policy']);
      expect(csp, url).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(response.headers['x-frame-options']).toBe('DENY');
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    }
  });

  it('allow the map tiles’ origin for images, and HTTPS-only headers only behind TLS', () => {
    expect(tileOrigins('https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png')).toEqual(['https://*.tile.openstreetmap.org']);
    expect(tileOrigins(undefined)).toEqual([]);
  });
});

describe('Origin of mutations', () => {
  const signIn = (origin?: string) => t.app.inject({
    method: 'POST', url: '/api/auth/sign-in', payload: { email: 'nobody@test.example', password: 'guess' },
    headers: origin ? { origin } : {}, remoteAddress: '192.0.2.99',
  });

  it('refuses an unsafe request sent by another site’s page before anything runs', async () => {
    const refused = await signIn('https://evil.example');
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('cross_origin_refused');
    expect((await signIn('null')).statusCode).toBe(403);
  });

  it('lets the platform’s own pages and clients without Origin through', async () => {
    expect((await signIn('http://localhost:3000')).statusCode).toBe(401);
    expect((await signIn()).statusCode).toBe(401);
  });

  it('accepts loopback pages of other ports in development only', () => {
    const development = { publicUrl: 'http://localhost:3000', production: false };
    const production = { publicUrl: 'https://ocop.hanoi.example', production: true };
    expect(isAllowedOrigin('http://127.0.0.1:5173', development)).toBe(true);
    expect(isAllowedOrigin('http://localhost.evil.example', development)).toBe(false);
    expect(isAllowedOrigin('https://ocop.hanoi.example', production)).toBe(true);
    expect(isAllowedOrigin('http://localhost:5173', production)).toBe(false);
  });
});

describe('PUBLIC_URL', () => {
  it('is what a QR code encodes, whatever Host the request named', async () => {
    const response = await t.app.inject({ method: 'GET', url: `/api/verify/${code}/qr`, headers: { host: 'evil.example' } });
    expect(response.statusCode).toBe(200);
    expect(response.body).toBe(await productQrSvg(verifyUrl('http://localhost:3000', code)));
  });

  it('is required in production, an origin, and derived from HOST and PORT in development', () => {
    expect(() => readConfig({ NODE_ENV: 'production' })).toThrow(/PUBLIC_URL/);
    expect(readConfig({ NODE_ENV: 'production', PUBLIC_URL: 'https://ocop.hanoi.example/' }).publicUrl).toBe('https://ocop.hanoi.example');
    expect(() => readConfig({ PUBLIC_URL: 'https://ocop.hanoi.example/app' })).toThrow(/origin/);
    expect(() => readConfig({ PUBLIC_URL: 'javascript:alert(1)' })).toThrow(/http/);
    expect(readConfig({}).publicUrl).toBe('http://localhost:3000');
    expect(readConfig({ HOST: '127.0.0.1', PORT: '8080' }).publicUrl).toBe('http://127.0.0.1:8080');
  });
});
