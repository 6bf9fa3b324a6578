import type { Browser } from 'playwright-core';
import { launchBrowser, newPage, screenshot } from './support/browser';

describe('web shell in a real browser', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(() => browser.close());

  it('opens in Indonesian with the product name and live API health', async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/');
    await page.getByRole('heading', { name: 'Selamat datang di Simpul' }).waitFor();
    await page.getByRole('status').filter({ hasText: 'Server tersambung' }).first().waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('id');
    await screenshot(page, 'shell-desktop');
    await context.close();
  });

  it('switches to English at runtime and keeps the choice after a reload', async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/');
    await page.getByRole('button', { name: 'English', pressed: false }).click();
    await page.getByRole('heading', { name: 'Welcome to Simpul' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Welcome to Simpul' }).waitFor();
    await page.getByRole('status').filter({ hasText: 'Server connected' }).first().waitFor();
    await context.close();
  });

  it('loads the app for a deep link such as /kasus/123 and asks an anonymous visitor to sign in', async () => {
    const { context, page } = await newPage(browser);
    const response = await page.goto('/kasus/123');
    expect(response?.status()).toBe(200);
    await page.waitForURL(/\/masuk\?returnUrl=%2Fkasus%2F123$/);
    await page.getByRole('button', { name: 'Masuk' }).waitFor();
    await context.close();
  });

  it('shows the in-app not-found page for an unknown address', async () => {
    const { context, page } = await newPage(browser);
    expect((await page.goto('/tidak-ada'))?.status()).toBe(200);
    await page.getByRole('heading', { name: 'Halaman tidak ditemukan' }).waitFor();
    await page.getByRole('link', { name: 'Kembali ke beranda' }).click();
    await page.getByRole('heading', { name: 'Selamat datang di Simpul' }).waitFor();
    await context.close();
  });

  it('fits a phone screen without sideways scrolling', async () => {
    const { context, page } = await newPage(browser, { width: 360, height: 740 });
    await page.goto('/');
    await page.getByRole('heading', { name: 'Selamat datang di Simpul' }).waitFor();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'shell-phone');
    await context.close();
  });
});
