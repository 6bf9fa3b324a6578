import sharp from 'sharp';
import type { Browser } from 'playwright-core';
import type { CaseAttachment } from '@simpul/contracts';
import { baseUrl, launchBrowser, newPage, screenshot, signIn } from './support/browser';
import { api, apiSignIn, type ApiSession } from './support/api';

const HUMAS = 'humas.dpubm@demo.simpul.id';
const UPT_OFFICER = 'petugas.malang@demo.simpul.id';
const run = Date.now().toString(36);

/** A photo uploaded to the case by its officer, as the case page does (multipart). */
async function uploadPhoto(session: ApiSession, caseId: string, caption: string) {
  const jpeg = await sharp({
    create: { width: 640, height: 480, channels: 3, background: { r: 120, g: 130, b: 120 } },
  })
    .jpeg()
    .toBuffer();
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(jpeg)], { type: 'image/jpeg' }), 'jalan.jpg');
  form.append('caption', caption);
  const response = await fetch(new URL(`/api/cases/${caseId}/attachments`, baseUrl()), {
    method: 'POST',
    headers: {
      authorization: `Bearer ${session.token}`,
      ...(session.agencyId ? { 'x-simpul-agency': session.agencyId } : {}),
    },
    body: form,
  });
  if (response.status !== 201)
    throw new Error(`upload: ${response.status} ${await response.text()}`);
  return (await response.json()) as CaseAttachment;
}

describe('clarification draft: linked cases’ field evidence (issue 15)', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser.close();
  });

  it('the humas of DPU BM Jatim opens its UPT’s case and sees its photos on the draft, the public one marked', async () => {
    const officer = await apiSignIn(UPT_OFFICER);
    const humas = await apiSignIn(HUMAS);
    const { id: caseId, number } = await api<{ id: string; number: string }>(
      officer,
      'POST',
      '/api/cases',
      {
        title: `Jalan Lawang dikabarkan ambles ${run}`,
        description: 'Warga bertanya apakah jalan benar ambles.',
        classification: 'pengaduan',
        channel: 'whatsapp',
        category: 'jalan_rusak',
        reporter: {
          name: 'Sri Wahyuni',
          contact: '0812-5555-0101',
          anonymous: false,
          confidential: false,
        },
      },
    );
    const shown = await uploadPhoto(officer, caseId, 'Aspal utuh pagi ini');
    await uploadPhoto(officer, caseId, 'Foto internal petugas');
    await api(officer, 'PUT', `/api/cases/${caseId}/attachments/${shown.id}/public`, {
      public: true,
    });
    const { id } = await api<{ id: string }>(humas, 'POST', '/api/clarifications', {
      label: 'HOAKS',
      title: `Jalan Lawang tidak ambles ${run}`,
      narrative: 'Jalan Lawang ambles, jangan lewat!',
      platform: 'WhatsApp',
      caseIds: [caseId],
    });

    const { context, page } = await newPage(browser);
    await signIn(page, HUMAS);
    // The humas reads the case its UPT holds, without the reporter's identity.
    await page.goto(`/kasus/${caseId}`);
    await page.getByText(`Jalan Lawang dikabarkan ambles ${run}`).first().waitFor();
    expect(await page.getByText('Sri Wahyuni').count()).toBe(0);

    await page.goto(`/draf-klarifikasi/${id}`);
    const panel = page.locator('sp-clarification-evidence');
    await panel.getByRole('heading', { name: 'Bukti lapangan dari kasus tertaut' }).waitFor();
    await panel.getByRole('link', { name: number }).waitFor();
    await panel.locator('img[src^="blob:"]').nth(1).waitFor();
    expect(await panel.locator('.badge').allTextContents()).toEqual(['Publik', 'Internal']);
    await panel.scrollIntoViewIfNeeded();
    await screenshot(page, 'clarification-evidence');

    await page.setViewportSize({ width: 390, height: 844 });
    await panel.getByRole('heading', { name: 'Bukti lapangan dari kasus tertaut' }).waitFor();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'clarification-evidence-phone');
    await context.close();
  });
});
