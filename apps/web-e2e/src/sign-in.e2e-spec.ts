import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage, screenshot } from './support/browser';

const DEMO_PASSWORD = 'Simpul#Demo2026';

async function signIn(page: Page, email: string): Promise<void> {
  await page.goto('/masuk');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Kata sandi').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await page.waitForURL(/\/kasus$/);
}

async function visibleCaseTitles(page: Page): Promise<string[]> {
  await page.locator('table').first().waitFor();
  return page.locator('table tbody tr').allInnerTexts();
}

describe('signed-in agencies see only their own cases (demo data)', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(() => browser.close());

  it('shows UPT PJJ Malang its Kepanjen case and DPU Kota Surabaya its street-light case, nothing else', async () => {
    const malang = await newPage(browser);
    const surabaya = await newPage(browser, { width: 390, height: 844 });
    await signIn(malang.page, 'petugas.malang@demo.simpul.id');
    await signIn(surabaya.page, 'petugas.surabaya@demo.simpul.id');

    // Other browser specs add cases to these demo agencies (the clarification evidence spec one
    // to UPT PJJ Malang), so each list holds its agency's demo case and only cases it holds.
    const malangRows = await visibleCaseTitles(malang.page);
    const surabayaRows = await visibleCaseTitles(surabaya.page);
    expect(malangRows.filter((row) => row.includes('Jl. Raya Kepanjen'))).toHaveLength(1);
    expect(malangRows.every((row) => row.includes('UPT PJJ Malang'))).toBe(true);
    expect(malangRows.join('\n')).not.toContain('Surabaya');
    expect(surabayaRows.filter((row) => row.includes('Jl. Ahmad Yani Surabaya'))).toHaveLength(1);
    expect(surabayaRows.join('\n')).not.toContain('Kepanjen');
    expect(surabayaRows.join('\n')).not.toContain('UPT PJJ Malang');
    await screenshot(malang.page, 'cases-malang');
    await screenshot(surabaya.page, 'cases-surabaya-phone');

    // A direct link to the other agency's case is refused without revealing it.
    await malang.page
      .locator('table tbody tr', { hasText: 'Jl. Raya Kepanjen' })
      .locator('a')
      .first()
      .click();
    await malang.page.waitForURL(/\/kasus\/[0-9a-f-]{36}$/);
    await malang.page.getByText('Slamet Riyadi').waitFor();
    await screenshot(malang.page, 'case-detail-malang');
    const malangCaseUrl = malang.page.url();
    await surabaya.page.goto(malangCaseUrl);
    await surabaya.page
      .getByText('Kasus tidak ditemukan atau Anda tidak berwenang melihatnya.')
      .waitFor();
    expect(await surabaya.page.content()).not.toContain('Kepanjen');

    await malang.context.close();
    await surabaya.context.close();
  });

  it('keeps the session across a reload and ends it on sign-out', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'petugas.malang@demo.simpul.id');
    await page.reload();
    await page.waitForURL(/\/kasus$/);
    await page.locator('table tbody tr').first().waitFor();
    await page.getByRole('button', { name: /Akun Agus Prasetyo/ }).click();
    await page.getByRole('menuitem', { name: 'Keluar' }).click();
    await page.goto('/kasus');
    await page.waitForURL(/\/masuk/);
    await context.close();
  });

  it('shows the sign-in error in Indonesian without saying whether the email exists', async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/masuk');
    await page.getByLabel('Email').fill('tidak.terdaftar@demo.simpul.id');
    await page.getByLabel('Kata sandi').fill('salah-sekali-123');
    await page.getByRole('button', { name: 'Masuk' }).click();
    await page.getByText('Email atau kata sandi salah.').waitFor();
    await screenshot(page, 'sign-in-error');
    await context.close();
  });
});
