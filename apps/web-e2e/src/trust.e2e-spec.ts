import type { Browser, Page } from 'playwright-core';
import pg from 'pg';
import {
  baseUrl,
  DEMO_PASSWORD,
  launchBrowser,
  newPage,
  screenshot,
  signIn,
} from './support/browser';

// Small things that erode trust (issue #14 item 8), in a real browser against the built app.
// Bojonegoro's case count is asserted by no other spec, so the cases made here disturb none.
const BOJONEGORO = 'petugas.bojonegoro@demo.simpul.id';

/** Collects console errors and failed requests (4xx/5xx) of a page. */
function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
  });
  return problems;
}

/** WCAG contrast of an element's text on its own background, computed in the page. */
function chipColours(page: Page, selector: string) {
  return page
    .locator(selector)
    .first()
    .evaluate((element) => {
      const rgb = (value: string) => (value.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
      const luminance = (value: string) => {
        const [r, g, b] = rgb(value).map((c) => {
          const s = c / 255;
          return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      const style = getComputedStyle(element);
      const [light, dark] = [luminance(style.color), luminance(style.backgroundColor)].sort(
        (a, b) => b - a,
      );
      const root = getComputedStyle(document.documentElement);
      return {
        background: style.backgroundColor,
        contrast: (light + 0.05) / (dark + 0.05),
        error: root.getPropertyValue('--mat-sys-error').trim(),
      };
    });
}

describe('small things that erode trust (issue #14 item 8)', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(() => browser.close());

  it('loads the app signed out without a console error or a failed request', async () => {
    const { context, page } = await newPage(browser);
    const problems = watchProblems(page);
    await page.goto('/kasus');
    await page.waitForURL(/\/masuk/);
    await page.getByRole('button', { name: 'Masuk' }).waitFor();
    await page.goto('/');
    await page.getByRole('link', { name: 'Masuk' }).first().waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows a wrong password as one error, and links in the theme colour', async () => {
    const { context, page } = await newPage(browser, { width: 390, height: 844 });
    await page.goto('/masuk');
    await page.getByLabel('Email').fill(BOJONEGORO);
    await page.getByLabel('Kata sandi').fill('bukan-sandinya-123');
    await page.getByRole('button', { name: 'Masuk' }).click();
    await page.getByText('Email atau kata sandi salah.').waitFor();
    expect(await page.getByRole('alert').count()).toBe(1);
    expect(await page.locator('mat-error').count()).toBe(0);
    const link = page.getByRole('link', { name: 'Lupa kata sandi?' });
    const [linkColour, primary] = await link.evaluate((element) => [
      getComputedStyle(element).color,
      getComputedStyle(document.documentElement).getPropertyValue('--mat-sys-primary').trim(),
    ]);
    expect(linkColour).not.toBe('rgb(0, 0, 238)'); // the browser's own link blue
    expect(primary).not.toBe('');
    await screenshot(page, 'sign-in-wrong-password-phone');
    await context.close();
  });

  it('shows "late" in the error colour and "soon" in amber, both readable, on a phone', async () => {
    const login = await fetch(`${baseUrl()}/api/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: BOJONEGORO, password: DEMO_PASSWORD, client: 'api' }),
    });
    const { accessToken } = (await login.json()) as { accessToken: string };
    const created: string[] = [];
    for (const title of ['Jembatan Kali Kethek retak', 'Lampu jalan mati di Jl. Veteran']) {
      const response = await fetch(`${baseUrl()}/api/cases`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${accessToken}` },
        body: JSON.stringify({
          title,
          description: 'diketik petugas dari WhatsApp',
          classification: 'pengaduan',
          channel: 'whatsapp',
          category: title.startsWith('Jembatan') ? 'jembatan' : 'pju',
          reporter: { name: 'Warga', anonymous: false, confidential: false },
        }),
      });
      expect(response.status).toBe(201);
      created.push(((await response.json()) as { id: string }).id);
    }
    // One case past its deadline, one due in a few hours.
    const db = new pg.Client({ connectionString: process.env['E2E_DATABASE_URL'] });
    await db.connect();
    try {
      for (const [caseId, shift] of [
        [created[0], '-3 hours'],
        [created[1], '5 hours'],
      ]) {
        await db.query(
          `UPDATE case_clock SET deadline = now() + $2::interval
            WHERE case_id = $1 AND completed_at IS NULL`,
          [caseId, shift],
        );
        // The case page works its clocks out from their start: the late one started long ago.
        if (shift.startsWith('-'))
          await db.query(
            `UPDATE case_clock SET started_at = started_at - interval '30 days' WHERE case_id = $1`,
            [caseId],
          );
        await db.query(`UPDATE "case" SET next_deadline = now() + $2::interval WHERE id = $1`, [
          caseId,
          shift,
        ]);
      }
    } finally {
      await db.end();
    }

    const { context, page } = await newPage(browser, { width: 390, height: 844 });
    await signIn(page, BOJONEGORO);
    await page.getByText('Terlambat', { exact: true }).first().waitFor();
    await page.getByText('Segera jatuh tempo', { exact: true }).first().waitFor();
    const late = await chipColours(page, '.sla-chip[data-state="overdue"]');
    const soon = await chipColours(page, '.sla-chip[data-state="due_soon"]');
    expect(late.contrast).toBeGreaterThanOrEqual(4.5);
    expect(soon.contrast).toBeGreaterThanOrEqual(4.5);
    expect(late.background).not.toBe(soon.background);
    // The late chip is filled with the theme's error colour.
    const [r, g, b] = (late.background.match(/\d+/g) ?? []).map(Number);
    expect(r).toBeGreaterThan(150);
    expect(g).toBeLessThan(60);
    expect(b).toBeLessThan(60);
    await screenshot(page, 'inbox-deadline-chips-phone');

    await page.goto(`/kasus/${created[0]}`);
    await page.getByRole('heading', { name: 'Jembatan Kali Kethek retak' }).waitFor();
    await page.getByText('Status dan tindakan').waitFor();
    const caseLate = await chipColours(page, '.sla[data-state="overdue"]');
    expect(caseLate.contrast).toBeGreaterThanOrEqual(4.5);
    expect(caseLate.background).toBe(late.background);
    await screenshot(page, 'case-page-late-phone');
    await context.close();
  });
});
