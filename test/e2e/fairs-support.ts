// Helpers for the fairs browser tests: API calls with the page's session (and its CSRF token),
// dates around today in Hanoi, and a fresh fair laid out as a short walking street.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export function hanoiDay(offsetDays = 0): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
  const date = new Date(`${today.slice(0, 10)}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + offsetDays);
  return date.toISOString().slice(0, 10);
}

export const typed = (iso: string): string => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/** Calls the API as the page's signed-in user (CSRF token from /api/auth/me). */
export async function apiCall<T>(page: Page, method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, body?: unknown, expected?: number): Promise<T> {
  const me = await page.request.get('/api/auth/me');
  const { csrfToken } = (await me.json()) as { csrfToken: string };
  const response = await page.request.fetch(path, {
    method,
    headers: { 'x-csrf-token': csrfToken, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    data: body === undefined ? undefined : JSON.stringify(body),
  });
  if (expected !== undefined) expect(response.status(), `${method} ${path}: ${await response.text()}`).toBe(expected);
  else expect(response.ok(), `${method} ${path}: ${await response.text()}`).toBe(true);
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/** A fair running from today for three days, with a 60 m street, open for applications. */
export async function createOpenFair(page: Page, slug: string): Promise<void> {
  await apiCall(page, 'POST', '/api/fairs', {
    slug,
    name: { vi: `Hội chợ thử ${slug}`, en: `Test fair ${slug}` },
    venue: { vi: 'Phố đi bộ Trịnh Công Sơn', en: 'Trịnh Công Sơn walking street' },
    latitude: 21.0687,
    longitude: 105.8262,
    startsOn: hanoiDay(0),
    endsOn: hanoiDay(2),
    holdHours: 48,
  }, 201);
  await apiCall(page, 'POST', `/api/fairs/${slug}/floor-plan/generate`, { lengthMetres: 60, zones: [{ zone: 'red-river-delta', share: 0.5 }, { zone: 'northern-mountains', share: 0.5 }] });
  await apiCall(page, 'PATCH', `/api/fairs/${slug}`, { status: 'applications-open' }, 204);
}

/** The code of the floor-plan stall that has the keyboard focus, or null. */
export function focusedStall(page: Page): Promise<string | null> {
  return page.evaluate(() => document.activeElement?.closest('.floor-plan .stall')?.getAttribute('data-code') ?? null);
}

interface Timed {
  id: string;
  startsAt: string;
  endsAt: string;
}

/**
 * What the programme should tag at `now`: the items under way and those starting next; `settled`
 * is false within two minutes of a start or an end, when the page may read the clock either side.
 */
export function onStage(items: readonly Timed[], now: Date): { now: string[]; next: string[]; settled: boolean } {
  const t = now.getTime();
  const running = items.filter((i) => Date.parse(i.startsAt) <= t && t < Date.parse(i.endsAt)).map((i) => i.id);
  const firstStart = Math.min(...items.map((i) => Date.parse(i.startsAt)).filter((s) => s > t));
  const next = items.filter((i) => Date.parse(i.startsAt) === firstStart).map((i) => i.id);
  const settled = items.every((i) => Math.abs(Date.parse(i.startsAt) - t) > 120_000 && Math.abs(Date.parse(i.endsAt) - t) > 120_000);
  return { now: running, next, settled };
}
