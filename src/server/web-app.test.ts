// The page the server sends carries the web app's settings: the clock, and the map tiles when
// MAP_TILES_URL is set (read back with the web app's own parser, so both sides agree).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../test/support/test-database.ts';
import { NO_TILES, parseMapSettings } from '../web/kit/map/map-settings.ts';
import { buildApp } from './app.ts';
import { readConfig } from './config.ts';
import type { Database } from './db/database.ts';

let database: Database;
let distDir: string;
beforeAll(async () => {
  database = await openTestDatabase();
  distDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ocop-web-'));
  fs.writeFileSync(path.join(distDir, 'index.html'), '<!doctype html><html><head><title>OCOP</title></head><body></body></html>');
});
afterAll(async () => {
  await database.close();
  fs.rmSync(distDir, { recursive: true, force: true });
});

async function pageWith(env: NodeJS.ProcessEnv): Promise<string> {
  const app = await buildApp({ database, config: { ...readConfig(env), databaseUrl: undefined }, webDistDir: distDir });
  try {
    const response = await app.inject({ method: 'GET', url: '/fairs' });
    expect(response.statusCode).toBe(200);
    return response.body;
  } finally {
    await app.close();
  }
}

/** The content of a meta element, as a browser would read the attribute. */
function metaContent(html: string, name: string): string | null {
  const match = html.match(new RegExp(`<meta name="${name}" content="([^"]*)">`));
  if (!match) return null;
  return (match[1] as string).replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

describe('the web page’s settings', () => {
  it('carry the map tiles and their attribution when configured', async () => {
    const attribution = '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> "contributors"';
    const html = await pageWith({ MAP_TILES_URL: 'https://tiles.example.org/{z}/{x}/{y}.png', MAP_TILES_ATTRIBUTION: attribution });
    expect(html).toContain('<meta name="ocop-now"');
    expect(parseMapSettings(metaContent(html, 'ocop-map'))).toEqual({ tilesUrl: 'https://tiles.example.org/{z}/{x}/{y}.png', attribution });
  });

  it('say nothing about tiles without MAP_TILES_URL: the map is plain', async () => {
    const html = await pageWith({});
    expect(metaContent(html, 'ocop-map')).toBeNull();
    expect(parseMapSettings(metaContent(html, 'ocop-map'))).toEqual(NO_TILES);
  });
});

describe('delivery: compression, caching, the light QR check', () => {
  let app: Awaited<ReturnType<typeof buildApp>>;
  beforeAll(async () => {
    fs.mkdirSync(path.join(distDir, 'assets'), { recursive: true });
    fs.writeFileSync(path.join(distDir, 'assets', 'main-AbC123.js'), `export const words = ${JSON.stringify('lorem ipsum '.repeat(5000))};`);
    app = await buildApp({ database, config: { ...readConfig({}), databaseUrl: undefined }, webDistDir: distDir });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('serves hashed assets compressed and immutable for a year, the page uncached', async () => {
    const asset = await app.inject({ method: 'GET', url: '/assets/main-AbC123.js', headers: { 'accept-encoding': 'br, gzip' } });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['content-encoding']).toBe('br');
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const gzip = await app.inject({ method: 'GET', url: '/assets/main-AbC123.js', headers: { 'accept-encoding': 'gzip' } });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    const page = await app.inject({ method: 'GET', url: '/catalogue' });
    expect(page.headers['cache-control']).toBe('no-cache');
  });

  it('compresses API answers too', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/openapi.json', headers: { 'accept-encoding': 'br' } });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
  });

  it('tells the web app whether the request carries a session, so anonymous visitors ask nothing that fails', async () => {
    expect(metaContent((await app.inject({ method: 'GET', url: '/' })).body, 'ocop-session')).toBe('0');
    const withCookie = await app.inject({ method: 'GET', url: '/', headers: { cookie: 'ocop_session=abc' } });
    expect(metaContent(withCookie.body, 'ocop-session')).toBe('1');
  });

  it('renders /verify/CODE on the server, in the visitor’s language, well under 50 KB', async () => {
    const unknown = await app.inject({ method: 'GET', url: '/verify/0000-0000', headers: { 'accept-encoding': 'br, gzip' } });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.headers['cache-control']).toBe('no-cache');
    expect(unknown.rawPayload.length).toBeLessThan(10_000);
    const english = await app.inject({ method: 'GET', url: '/verify/0000-0000', headers: { cookie: 'ocop_lang=en' } });
    expect(english.body).toContain('CODE NOT FOUND');
    expect(english.body).not.toContain('<script type="module"');
    // Only scripts from this origin run (Content-Security-Policy script-src 'self'): none inline.
    expect(english.headers['content-security-policy']).toContain("script-src 'self'");
    const scripts = [...english.body.matchAll(/<script([^>]*)>([^<]*)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, inline] of scripts) {
      expect(inline).toBe('');
      const src = /src="([^"]+)"/.exec(attributes ?? '')?.[1] ?? '';
      const script = await app.inject({ method: 'GET', url: src });
      expect(script.statusCode).toBe(200);
      expect(script.headers['content-type']).toContain('javascript');
    }
    const malformed = await app.inject({ method: 'GET', url: '/verify/12' });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.body).toContain('MÃ KHÔNG HỢP LỆ');
    const typed = await app.inject({ method: 'GET', url: '/verify?code=0000%200000' });
    expect(typed.statusCode).toBe(303);
    expect(typed.headers.location).toBe('/verify/0000-0000');
    expect((await app.inject({ method: 'GET', url: '/verify' })).body).toContain('<title>OCOP</title>'); // the web app's form
  });
});
