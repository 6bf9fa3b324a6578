import type { Browser, Page } from 'playwright-core';
import type { ApprovalChainView } from '@simpul/contracts';
import { launchBrowser, newPage, screenshot, signIn } from './support/browser';
import { api, apiSignIn } from './support/api';

// Dinas PU Kab. Malang's admin (Sri Wahyuni) configures its chain; the agency has a petugas (Eko
// Susanto) and no humas or pimpinan, and no other browser test uses its clarifications.
const ADMIN = 'admin.kabmalang@demo.simpul.id';

const step = (page: Page, i: number) => page.locator('li.step').nth(i);

async function choose(page: Page, field: ReturnType<Page['locator']>, option: string) {
  await field.click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

describe('clarification approval chain page (issue 15 item 3)', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser.close();
  });

  it('an admin configures the chain and sees a step without approver flagged live, on a desktop and a phone', async () => {
    const { context, page } = await newPage(browser);
    try {
      await signIn(page, ADMIN);
      await page.getByRole('link', { name: 'Rantai persetujuan' }).first().click();
      await page.waitForURL(/\/rantai-persetujuan$/);
      await page.getByText('Belum diatur: berlaku rantai bawaan').waitFor();
      // The default chain (humas, then pimpinan) has nobody here: said before any hoax.
      await page.getByText('2 langkah tidak punya penyetuju').waitFor();

      // A fact-check step by the agency's petugas: its approver shows as soon as the role is chosen.
      await page.getByRole('button', { name: 'Tambah langkah' }).click();
      const added = step(page, 2);
      await added.getByLabel('Nama langkah 3').fill('Cek fakta lapangan');
      await choose(page, added.getByRole('combobox', { name: 'Peran', exact: true }), 'Petugas');
      await added.getByText('Dapat menyetujui: Eko Susanto').waitFor();
      await page.getByText('2 langkah tidak punya penyetuju').waitFor();

      // Only the fact check, then the (missing) pimpinan: one step flagged.
      await step(page, 0).getByRole('button', { name: 'Hapus langkah 1' }).click();
      await step(page, 1).getByRole('button', { name: 'Naikkan' }).click();
      await step(page, 0).getByText('Dapat menyetujui: Eko Susanto').waitFor();
      await step(page, 1).getByText('Langkah ini tidak punya penyetuju').waitFor();
      await page.getByText('1 langkah tidak punya penyetuju').waitFor();

      await page.getByRole('button', { name: 'Simpan' }).click();
      await page.getByText(/Tersimpan \(versi \d+\)/).waitFor();
      await screenshot(page, 'approval-chain-desktop');

      // Stored: a reload shows the same chain and the server's warning.
      await page.reload();
      await step(page, 0).getByText('Dapat menyetujui: Eko Susanto').waitFor();
      expect(await page.locator('li.step').count()).toBe(2);
      await page.getByText('1 langkah tidak punya penyetuju').waitFor();
      await page.getByText(/Terakhir diubah .* oleh Sri Wahyuni/).waitFor();

      // Readable at 390×844 without sideways scrolling.
      await page.setViewportSize({ width: 390, height: 844 });
      await page.getByText('1 langkah tidak punya penyetuju').waitFor();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await screenshot(page, 'approval-chain-phone');

      // Back to the default, so the page reads as it started.
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.getByRole('button', { name: 'Kembali ke rantai bawaan' }).click();
      await page.getByText('Belum diatur: berlaku rantai bawaan').waitFor();
    } finally {
      await context.close();
    }
  });

  it('the draft’s approval panel keeps a rejection’s note after the chain restarted', async () => {
    // DPU BM Jatim's default chain: its humas first. Dewi logs the hoax; Nur Aini (also its humas)
    // rejects it with a note.
    const dewi = await apiSignIn('humas.dpubm@demo.simpul.id');
    const nur = { ...(await apiSignIn('nur.aini@demo.simpul.id')), agencyId: dewi.agencyId };
    const { id } = await api<{ id: string }>(dewi, 'POST', '/api/clarifications', {
      label: 'HOAKS',
      title: 'Jalan tol Pandaan ambles',
      narrative: 'Foto jalan ambles beredar di Facebook.',
      platform: 'Facebook',
    });
    const chain = await api<ApprovalChainView>(nur, 'GET', `/api/clarifications/${id}/approval`);
    await api(nur, 'POST', `/api/clarifications/${id}/approval`, {
      decision: 'rejected',
      contentHash: chain.contentHash,
      note: 'Tambahkan foto dari UPT sebelum terbit.',
    });
    const { context, page } = await newPage(browser, { width: 390, height: 844 });
    try {
      await signIn(page, 'humas.dpubm@demo.simpul.id');
      await page.goto(`/draf-klarifikasi/${id}`);
      const note = page.locator('sp-approval-rejection-note');
      await note.getByText('Ditolak terakhir oleh Nur Aini pada langkah “Humas”').waitFor();
      await note.getByText('Tambahkan foto dari UPT sebelum terbit.').waitFor();
      await note.scrollIntoViewIfNeeded();
      await screenshot(page, 'approval-rejection-phone');
    } finally {
      await context.close();
    }
  });
});
