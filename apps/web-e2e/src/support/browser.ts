import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Locator,
  type Page,
} from 'playwright-core';

// Which Chromium: the system's when installed, else the one from npm (SIMPUL_BROWSER=npm forces it).
// The test tooling's one browser choice lives in tools/ (Karma and the benchmarks use it too).
// eslint-disable-next-line @nx/enforce-module-boundaries
import { resolveBrowser } from '../../../../tools/lib/browser.cjs';

export const baseUrl = (): string => {
  const url = process.env['E2E_BASE_URL'];
  if (!url) throw new Error('E2E_BASE_URL is not set: run the browser tests through `npm test`');
  return url;
};

export function launchBrowser(): Promise<Browser> {
  const browser = resolveBrowser();
  return chromium.launch({
    executablePath: browser.executablePath,
    args: browser.args,
    env: { ...process.env, ...browser.env },
  });
}

export async function newPage(
  browser: Browser,
  viewport = { width: 1280, height: 800 },
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport, locale: 'id-ID', baseURL: baseUrl() });
  return { context, page: await context.newPage() };
}

/** Saves a screenshot under tmp/screenshots for a person to look at. */
export async function screenshot(page: Page, name: string): Promise<void> {
  const folder = join(__dirname, '..', '..', '..', '..', 'tmp', 'screenshots');
  mkdirSync(folder, { recursive: true });
  await page.screenshot({ path: join(folder, `${name}.png`), fullPage: true });
}

/**
 * An input's value once it has one: the page fills it after the event that set it (a tap on the
 * map), not within the click's own round trip.
 */
export async function filledValue(input: Locator, timeout = 5_000): Promise<string> {
  const element = await input.elementHandle({ timeout });
  await input
    .page()
    .waitForFunction((el) => (el as HTMLInputElement).value !== '', element, { timeout });
  return input.inputValue();
}

/** The demo accounts' password (`npm start` and the e2e server seed them). */
export const DEMO_PASSWORD = 'Simpul#Demo2026';

/** Signs in through the sign-in page and waits for the inbox. */
export async function signIn(page: Page, email: string): Promise<void> {
  await page.goto('/masuk');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Kata sandi').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await page.waitForURL(/\/kasus$/);
}

/** This machine is offline: refuse map tiles at once rather than wait for them to time out. */
export async function refuseMapTiles(context: BrowserContext): Promise<void> {
  await context.route(/tile\.openstreetmap\.org/, (route) => route.abort());
}
