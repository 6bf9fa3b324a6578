import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage, refuseMapTiles, screenshot, signIn } from './support/browser';
import { api, apiSignIn, type ApiSession } from './support/api';

// DPU Kab. Malang leads; BBPJN receives: no other spec uses these two demo agencies' cases.
const SENDER = 'petugas.kabmalang@demo.simpul.id';
const RECEIVER = 'petugas.bbpjn@demo.simpul.id';

async function markPage(page: Page): Promise<void> {
  await page.evaluate(() => ((window as unknown as { liveMark: string }).liveMark = 'kept'));
}

async function stillSamePage(page: Page): Promise<boolean> {
  return page.evaluate(() => (window as unknown as { liveMark?: string }).liveMark === 'kept');
}

describe('handoff (pelimpahan) between two agencies (issue 13)', () => {
  let browser: Browser;
  let sender: ApiSession;

  beforeAll(async () => {
    browser = await launchBrowser();
    sender = await apiSignIn(SENDER);
  });

  afterAll(async () => {
    await browser.close();
  });

  it('A proposes, B sees it arrive live and accepts, A updates without reload, the reporter reads why', async () => {
    const created = await api<{ id: string; number: string }>(sender, 'POST', '/api/cases', {
      // Names no road of the SAMPLE network, so intake routing proposes nothing by itself.
      title: 'Jalan amblas dekat jembatan Sumberpucung',
      description: 'Aspal amblas setengah lajur dekat jembatan, rawan kecelakaan malam hari.',
      classification: 'pengaduan',
      channel: 'whatsapp',
      category: 'jalan_rusak',
      reporter: {
        name: 'Rina Wulandari',
        contact: '0813-2222-1111',
        anonymous: false,
        confidential: false,
      },
    });
    const detail = await api<{ reports: { id: string }[] }>(
      sender,
      'GET',
      `/api/cases/${created.id}`,
    );

    const a = await newPage(browser);
    const b = await newPage(browser);
    await refuseMapTiles(a.context);
    await refuseMapTiles(b.context);
    await signIn(a.page, SENDER);
    await signIn(b.page, RECEIVER);

    // B waits on its Pelimpahan page.
    await b.page.goto('/pelimpahan');
    await b.page.getByRole('heading', { name: 'Pelimpahan masuk' }).waitFor();
    await markPage(b.page);

    // A proposes the handoff from the case page.
    await a.page.goto(`/kasus/${created.id}`);
    await a.page.getByRole('button', { name: 'Limpahkan ke instansi lain' }).click();
    const dialog = a.page.getByRole('dialog');
    await dialog.getByRole('combobox', { name: 'Instansi tujuan' }).click();
    await a.page.getByRole('option', { name: /BBPJN/ }).click();
    await dialog.getByRole('radio', { name: 'status ruas jalan' }).check();
    await dialog
      .getByLabel('Catatan untuk instansi tujuan')
      .fill('Ruas Malang–Kepanjen berstatus jalan nasional');
    await screenshot(a.page, 'handoff-dialog');
    await dialog.getByRole('button', { name: 'Kirim usulan' }).click();
    await a.page.getByText(/Menunggu jawaban .*BBPJN/).waitFor();
    await markPage(a.page);

    // B sees it arrive without reloading.
    const item = b.page.locator('ul.queue li', { hasText: created.number });
    await item.waitFor();
    expect(await item.innerText()).toContain('status ruas jalan');
    expect(await stillSamePage(b.page)).toBe(true);
    await screenshot(b.page, 'handoff-queue');

    // B opens the case: the reporter's identity stays hidden until it accepts.
    await item.getByRole('link', { name: 'Buka kasus' }).click();
    await b.page.getByText('Identitas pelapor disembunyikan').waitFor();
    expect(await b.page.locator('main').innerText()).not.toContain('Rina Wulandari');
    await screenshot(b.page, 'handoff-banner-incoming');
    await b.page.getByRole('button', { name: 'Terima pelimpahan' }).click();
    await b.page.getByText('Pelimpahan diterima').first().waitFor();

    // A's page follows without a reload: the banner is gone and the timeline tells the handoff.
    await a.page.getByText(/menerima pelimpahan/).waitFor();
    await a.page.getByText(/Menunggu jawaban .*BBPJN/).waitFor({ state: 'hidden' });
    expect(await stillSamePage(a.page)).toBe(true);
    await screenshot(a.page, 'handoff-accepted-sender');

    // The reporter's tracking page says who handed the case to whom, and why.
    const receiver = await apiSignIn(RECEIVER);
    const link = await api<{ url: string }>(
      receiver,
      'POST',
      `/api/cases/${created.id}/reports/${detail.reports[0].id}/tracking-link`,
      {},
    );
    const reporter = await newPage(browser, { width: 390, height: 844 });
    await reporter.page.goto(link.url);
    await reporter.page
      .getByText(
        /Dilimpahkan ke Balai Besar Pelaksanaan Jalan Nasional Jawa Timur–Bali: status ruas jalan/,
      )
      .waitFor();
    await screenshot(reporter.page, 'handoff-tracking');
    for (const page of [a, b, reporter]) await page.context.close();
  });
});
