// Helpers for the catalogue browser tests: read the demo catalogue through the API (with the
// page's own cookies), dates as the forms take them, and the status words of the UI.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { ProductList, ProductSummary } from '../../src/modules/catalogue/contract.ts';

export async function apiGet<T>(page: Page, path: string): Promise<T> {
  const response = await page.request.get(path);
  expect(response.status(), `GET ${path}`).toBe(200);
  return (await response.json()) as T;
}

/** The first demo product with this certificate status (the list's default order). */
export async function productWithStatus(page: Page, status: ProductSummary['certificateStatus'], offset = 0): Promise<ProductSummary> {
  const list = await apiGet<ProductList>(page, `/api/products?status=${status}&pageSize=1&page=${offset + 1}&sort=name`);
  const product = list.items[0];
  if (!product) throw new Error(`The demo catalogue has no ${status} product`);
  return product;
}

/** A day before today in Hanoi, as the forms take it: dd/MM/yyyy. */
export function daysAgoTyped(days: number): string {
  const [year, month, day] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' })
    .format(new Date())
    .split('-')
    .map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day - days));
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(date.getUTCDate())}/${pad(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`;
}

/** The status words of the badges, in Vietnamese (the default UI language). */
export const STATUS_VI = {
  valid: 'Còn hiệu lực',
  expiring: 'Sắp hết hạn',
  expired: 'Hết hạn',
  revoked: 'Đã thu hồi',
  none: 'Chưa được chứng nhận',
} as const;

/** No horizontal scrolling at this width. */
export async function expectNoSidewaysScroll(page: Page, width: number): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
}
