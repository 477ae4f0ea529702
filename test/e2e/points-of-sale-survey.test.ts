// A surveyor on a phone fills a survey without a connection: answers and photos stay on the
// phone, "send" queues it, and it goes once the connection returns, exactly once.
import sharp from 'sharp';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MOBILE, account, launchBrowser, newPage, screenshot, signIn } from './support.ts';

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

/** Answers every item of the survey on the page: the first choice, 95 for numbers, a photo, a note. */
async function answerEveryItem(page: Page): Promise<void> {
  const photo = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#7a5' } }).jpeg().toBuffer();
  const items = page.locator('fieldset.pos-survey-item');
  for (let i = 0; i < (await items.count()); i++) {
    const item = items.nth(i);
    if (await item.locator('input[type=radio]').count()) await item.locator('input[type=radio]').first().check();
    else if (await item.locator('input[type=number]').count()) await item.locator('input[type=number]').fill('95');
    else if (await item.locator('input[type=file]').count()) await item.locator('input[type=file]').setInputFiles({ name: 'anh.jpg', mimeType: 'image/jpeg', buffer: photo });
    else if (await item.locator('textarea').count()) await item.locator('textarea').fill('Ghi chú tại hiện trường');
  }
}

describe('a survey on a phone', () => {
  it('is filled offline, kept on the phone and sent when the connection returns', async () => {
    const t = await newPage(browser, MOBILE);
    const { page, context } = t;
    await context.grantPermissions(['geolocation']);
    await context.setGeolocation({ latitude: 21.0301, longitude: 105.8012, accuracy: 9 });
    await signIn(page, account('surveyor'), '/admin/points-of-sale/my-surveys');
    await page.goto('/admin/points-of-sale/my-surveys');
    const fill = page.getByRole('link', { name: 'Điền phiếu' }).first();
    await fill.waitFor();
    await fill.click();
    await page.waitForURL(/\/surveys\/[0-9a-f-]+\/fill$/);
    const surveyId = /surveys\/([0-9a-f-]+)\/fill/.exec(page.url())?.[1] ?? '';
    await page.getByRole('button', { name: 'Gửi phiếu' }).waitFor();

    await context.setOffline(true);
    await page.getByRole('button', { name: 'Lấy vị trí GPS' }).click();
    await expect.poll(() => page.getByTestId('survey-position').innerText()).toContain('21.03010');
    await answerEveryItem(page);
    await screenshot(page, 'points-of-sale-survey-offline-phone-vi');
    await page.getByRole('button', { name: 'Gửi phiếu' }).click();
    await page.getByTestId('survey-queued').waitFor();

    await context.setOffline(false);
    await page.getByTestId('survey-sent').waitFor({ timeout: 20_000 });
    const survey = await page.evaluate(async (id) => (await fetch(`/api/outlets/surveys/${id}`)).json(), surveyId);
    expect(survey).toMatchObject({ status: 'submitted', position: { latitude: 21.0301, longitude: 105.8012 } });
    // The photo taken offline went up on sync and is now the survey's own private file.
    const photoItem = survey.definition.sections.flatMap((s: { items: { code: string; answer: string }[] }) => s.items).find((i: { answer: string }) => i.answer === 'photo');
    const [photoId] = survey.answers[photoItem.code].value as string[];
    const info = await page.evaluate(async (id) => (await fetch(`/api/files/${id}/info`)).json(), photoId);
    expect(info).toMatchObject({ kind: 'image', visibility: 'private', attached: true });
    await t.close();
  });

  it('opens cold without a connection once the app is installed, keeps the answers and sends them when online', async () => {
    const t = await newPage(browser, MOBILE);
    const { page, context } = t;
    await signIn(page, account('surveyor'), '/admin/points-of-sale/my-surveys');
    await page.goto('/admin/points-of-sale/my-surveys');
    const fill = page.getByRole('link', { name: 'Điền phiếu' }).first();
    await fill.waitFor();
    const fillPath = (await fill.getAttribute('href')) ?? '';
    expect(fillPath).toMatch(/\/surveys\/[0-9a-f-]+\/fill$/);
    const surveyId = /surveys\/([0-9a-f-]+)\/fill/.exec(fillPath)?.[1] ?? '';
    // Online, once: the service worker installs; the reload then goes through it, which keeps the
    // survey page and its data for later.
    await page.goto(fillPath);
    await page.getByRole('button', { name: 'Gửi phiếu' }).waitFor();
    await page.evaluate(async () => { await navigator.serviceWorker.ready; });
    await page.reload();
    await page.getByRole('button', { name: 'Gửi phiếu' }).waitFor();
    expect(await page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
    await expect.poll(() => page.evaluate(async (path) => Boolean(await (await caches.open('pages')).match(path)), fillPath)).toBe(true);
    await page.close();

    // Cold start without a connection: a new tab, nothing in memory, the page served by the worker.
    await context.setOffline(true);
    const cold = await context.newPage();
    const served = await cold.goto(fillPath);
    expect(served?.fromServiceWorker()).toBe(true);
    await cold.getByRole('button', { name: 'Gửi phiếu' }).waitFor();
    await answerEveryItem(cold);
    await cold.getByRole('button', { name: 'Gửi phiếu' }).click();
    await cold.getByTestId('survey-queued').waitFor();
    // Really offline: what the worker does not keep cannot be reached.
    expect(await cold.evaluate(() => fetch('/api/points-of-sale', { cache: 'no-store' }).then(() => 'reached', () => 'offline'))).toBe('offline');

    await context.setOffline(false);
    await cold.getByTestId('survey-sent').waitFor({ timeout: 20_000 });
    const survey = await cold.evaluate(async (id) => (await fetch(`/api/outlets/surveys/${id}`, { cache: 'no-store' })).json(), surveyId);
    expect(survey).toMatchObject({ status: 'submitted' });
    await cold.close();
    await t.close();
  });
});
