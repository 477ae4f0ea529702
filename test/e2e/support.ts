// Shared helpers for the browser tests: Debian's Chromium through playwright-core, one fresh
// browser context per scenario, screenshots into test-artifacts/screenshots/, and sign-in.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import type { Role } from '../../src/modules/accounts/roles.ts';
import type { DemoAccount } from './global-setup.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SCREENSHOT_DIR = path.join(repoRoot, 'test-artifacts/screenshots');

export const baseUrl = (): string => inject('baseUrl');

export function account(role: Role): DemoAccount {
  const found = inject('accounts').find((candidate) => candidate.role === role);
  if (!found) throw new Error(`No demo account for ${role}`);
  return found;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export const DESKTOP = { width: 1280, height: 800 };
export const MOBILE = { width: 375, height: 812 };

export interface TestPage {
  context: BrowserContext;
  page: Page;
  /** Script errors in the page, CSP violations and failed API calls (5xx), checked by close(). */
  problems: string[];
  close(): Promise<void>;
}

/** A page in a fresh context (no cookies, no stored language): a new visitor. */
export async function newPage(browser: Browser, viewport = DESKTOP): Promise<TestPage> {
  const context = await browser.newContext({
    baseURL: baseUrl(),
    viewport,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    isMobile: viewport.width < 600,
    hasTouch: viewport.width < 600,
  });
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  // The server's Content-Security-Policy must never stand in the web app's way.
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) problems.push(`CSP violation: ${message.text()}`);
  });
  if (process.env.E2E_DEBUG) {
    page.on('console', (message) => console.log(`[console] ${message.type()} ${message.text()}`));
    page.on('response', (response) => { if (response.status() >= 400) console.log(`[response] ${response.status()} ${response.request().method()} ${response.url()}`); });
  }
  page.on('response', (response) => {
    if (response.status() >= 500) problems.push(`${response.status()} from ${response.url()}`);
  });
  return {
    context,
    page,
    problems,
    async close() {
      await context.close();
      expect(problems).toEqual([]);
    },
  };
}

/** A full-page PNG named after what it shows, e.g. `admin-users-created.png`. */
export async function screenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: options.fullPage ?? true });
}

export async function signIn(page: Page, credentials: { email: string; password: string }, next?: string): Promise<void> {
  await page.goto(next ? `/sign-in?next=${encodeURIComponent(next)}` : '/sign-in');
  await page.getByLabel('Email').fill(credentials.email);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(credentials.password);
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
  await page.waitForURL((url) => url.pathname !== '/sign-in');
}

/**
 * Waits until the page's h1 is `text`: after a client-side navigation the address changes a
 * moment before the new page renders, so reading the h1 at once could see the old page.
 */
export async function expectH1(page: Page, text: string): Promise<void> {
  const heading = page.getByRole('heading', { level: 1 });
  await expect.poll(() => heading.innerText(), { timeout: 10_000 }).toBe(text);
}
