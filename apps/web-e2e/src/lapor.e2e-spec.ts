import type { Browser } from 'playwright-core';
import { launchBrowser, newPage, screenshot, signIn } from './support/browser';

// Bojonegoro's case count is not asserted by other specs, so the imported case disturbs none.
const OFFICER = 'petugas.bojonegoro@demo.simpul.id';

describe('importing SP4N-LAPOR! reports (issue: case workspace §4)', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser.close();
  });

  it('checks a LAPOR file, imports it, and opens the new case with "Salin ke LAPOR"', async () => {
    const trackingId = String(Date.now()).slice(-9);
    const title = `Jembatan Kali Ingas retak ${trackingId}`;
    const csv = [
      'trackingId,title,content,date,category,location,anonymous,confidential,status',
      `${trackingId},${title},"Retak memanjang di sisi timur, kendaraan berat masih lewat.",2026-11-20,Jembatan,"Desa Ngraho, Kab. Bojonegoro",tidak,tidak,Belum Terverifikasi`,
      `12,Baris rusak,isi,2026-11-20,Jalan,,tidak,tidak,`,
    ].join('\n');

    const { context, page } = await newPage(browser);
    await signIn(page, OFFICER);
    await page.getByRole('link', { name: 'Impor LAPOR' }).click();
    await page.waitForURL(/\/lapor\/impor$/);
    await page.locator('#lapor-file').setInputFiles({
      name: 'ekspor-lapor.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv, 'utf8'),
    });

    await page.getByRole('button', { name: 'Periksa dulu (tanpa menyimpan)' }).click();
    await page.getByText('Hasil pemeriksaan (belum disimpan)').waitFor();
    const summary = await page.locator('.result').innerText();
    expect(summary).toContain('2 baris: 1 kasus baru');
    expect(summary).toContain('Baris 3, kolom trackingId');
    await screenshot(page, 'lapor-import-check');

    await page.getByRole('button', { name: 'Impor sekarang' }).click();
    await page.getByText('Impor selesai').waitFor();
    await page.locator('ul.rows a').first().click();
    await page.waitForURL(/\/kasus\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { name: title }).waitFor();
    // The facts pane (the reporter card with the report's Tracking ID) loads after the heading.
    await page.getByText(`LAPOR! #${trackingId}`).first().waitFor();
    expect(await page.getByText(`LAPOR! #${trackingId}`).count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Salin tindak lanjut ke LAPOR' }).waitFor();
    await context.close();
  }, 60_000);
});
