import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage, refuseMapTiles, signIn } from './support/browser';
import { api, apiSignIn } from './support/api';

// DPU BM Jatim's officer (the same demo agency as the facts-edit spec; this spec counts nothing).
const OFFICER = 'admin.dpubm@demo.simpul.id';
/** The screenshots of docs/ui.md. */
const UI_DOCS = join(__dirname, '..', '..', '..', 'docs', 'ui');

/** Whether the element's top lies inside the first screen, without scrolling. */
async function onFirstScreen(page: Page, selector: string): Promise<boolean> {
  const box = await page.locator(selector).first().boundingBox();
  const height = page.viewportSize()?.height ?? 0;
  return box !== null && box.y >= 0 && box.y < height;
}

describe('the case page as a workspace (issue 14 item 3)', () => {
  let browser: Browser;
  let caseId: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    const session = await apiSignIn(OFFICER);
    const created = await api<{ id: string }>(session, 'POST', '/api/cases', {
      title: 'Jalan berlubang di Jl. Raya Lawang depan pasar',
      description:
        'Lubang besar di depan Pasar Lawang, sudah dua motor jatuh minggu ini. Mohon segera ditambal sebelum musim hujan.',
      classification: 'pengaduan',
      channel: 'whatsapp',
      category: 'jalan_rusak',
      priority: 'high',
      locationText: 'Jl. Raya Lawang depan pasar, Kec. Lawang',
      reporter: {
        name: 'Sutrisno',
        contact: '081333444555',
        anonymous: false,
        confidential: false,
      },
    });
    caseId = created.id;
    for (const body of [
      'Tim lapangan sudah cek: lubang 1 m, dalam 20 cm. Rambu sementara dipasang.',
      `Laporan lengkap dari lapangan: ${'aspal retak memanjang di lajur kiri, '.repeat(30)}selesai.`,
    ])
      await api(session, 'POST', `/api/cases/${caseId}/comments`, {
        visibility: 'internal',
        body,
      });
    mkdirSync(UI_DOCS, { recursive: true });
  });

  afterAll(async () => {
    await browser.close();
  });

  it('at 1366×860 shows the next action and the discussion side by side on the first screen', async () => {
    const { context, page } = await newPage(browser, { width: 1366, height: 860 });
    await refuseMapTiles(context);
    await signIn(page, OFFICER);
    await page.goto(`/kasus/${caseId}`);
    await page.locator('.workspace.two-columns').waitFor();
    await page.getByText('Tim lapangan sudah cek').waitFor();
    expect(await page.locator('[role=tablist]').count()).toBe(0);
    expect(await onFirstScreen(page, '.status-panel [role=group] button')).toBe(true);
    expect(await onFirstScreen(page, '#thread-heading')).toBe(true);
    // A long comment is folded until opened.
    expect(await page.getByRole('button', { name: 'Tampilkan selengkapnya' }).count()).toBe(1);
    await page.screenshot({ path: join(UI_DOCS, 'case-desktop.png') });
    await context.close();
  });

  it('at 390×844 puts the next action first and the discussion one tap away', async () => {
    const { context, page } = await newPage(browser, { width: 390, height: 844 });
    await refuseMapTiles(context);
    await signIn(page, OFFICER);
    await page.goto(`/kasus/${caseId}`);
    const tabs = page.getByRole('tab');
    await tabs.first().waitFor();
    expect(await tabs.allInnerTexts()).toEqual(['Tindakan', 'Diskusi', 'Fakta', 'Riwayat']);
    await page.screenshot({ path: join(UI_DOCS, 'case-phone-actions.png') });
    expect(await onFirstScreen(page, '.status-panel [role=group] button')).toBe(true);
    await page.getByRole('tab', { name: 'Diskusi' }).click();
    await page.getByText('Tim lapangan sudah cek').waitFor();
    expect(await onFirstScreen(page, '#thread-heading')).toBe(true);
    await page.screenshot({ path: join(UI_DOCS, 'case-phone-discussion.png') });
    await context.close();
  });
});
