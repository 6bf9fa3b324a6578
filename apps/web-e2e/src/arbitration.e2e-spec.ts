import type { Browser, Page } from 'playwright-core';
import {
  DEMO_PASSWORD,
  launchBrowser,
  newPage,
  refuseMapTiles,
  screenshot,
} from './support/browser';
import { api, apiSignIn } from './support/api';

// DPU Kab. Malang and BBPJN bounce a case; nobody above both decides, so the superadmin does.
const KAB_MALANG = 'petugas.kabmalang@demo.simpul.id';
const BBPJN = 'petugas.bbpjn@demo.simpul.id';
const SUPERADMIN = 'superadmin@demo.simpul.id';

/** The superadmin belongs to no agency: it lands on the agencies page, not the inbox. */
async function signInSuperadmin(page: Page): Promise<void> {
  await page.goto('/masuk');
  await page.getByLabel('Email').fill(SUPERADMIN);
  await page.getByLabel('Kata sandi').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await page.waitForURL(/\/admin\/instansi$/);
}

describe('arbitration of a case that bounced (issue 13)', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser.close();
  });

  it('A→B→A freezes; the arbiter sees the chain live, decides the owner and makes a rule', async () => {
    const a = await apiSignIn(KAB_MALANG);
    const b = await apiSignIn(BBPJN);
    const created = await api<{ id: string; number: string }>(a, 'POST', '/api/cases', {
      title: 'Jalan retak memanjang dekat SPBU Sumberpucung',
      description: 'Retak memanjang sepanjang dua puluh meter, bahu jalan turun.',
      classification: 'pengaduan',
      channel: 'whatsapp',
      category: 'jalan_rusak',
      reporter: {
        name: 'Dewi Lestari',
        contact: '0813-4444-2222',
        anonymous: false,
        confidential: false,
      },
    });
    const first = await api<{ id: string }>(a, 'POST', `/api/cases/${created.id}/handoffs`, {
      toAgencyId: b.agencyId,
      reason: 'road_status',
      note: 'Menurut kami ruas nasional',
      senderChoice: 'stay_as_collaborator',
    });
    await api(b, 'POST', `/api/cases/${created.id}/handoffs/${first.id}/accept`, {});

    // The arbiter waits on the queue page before the case bounces back.
    const arbiter = await newPage(browser);
    await refuseMapTiles(arbiter.context);
    await signInSuperadmin(arbiter.page);
    await arbiter.page.goto('/arbitrase');
    await arbiter.page.getByRole('heading', { name: 'Antrean arbitrase' }).waitFor();

    await api(b, 'POST', `/api/cases/${created.id}/handoffs`, {
      toAgencyId: a.agencyId,
      reason: 'road_status',
      note: 'Bukan ruas nasional; ruas kabupaten',
      senderChoice: 'leave',
    });
    // It arrives without a reload, with the whole chain.
    const item = arbiter.page.locator('article.item', { hasText: created.number });
    await item.waitFor();
    const chain = await item.locator('ol.chain').innerText();
    expect(chain).toContain('Menurut kami ruas nasional');
    expect(chain).toContain('Bukan ruas nasional; ruas kabupaten');
    expect(chain).toContain('Dibekukan');
    await screenshot(arbiter.page, 'arbitration-queue');
    const phone = await newPage(browser, { width: 390, height: 844 });
    await refuseMapTiles(phone.context);
    await signInSuperadmin(phone.page);
    await phone.page.goto('/arbitrase');
    await phone.page.locator('article.item', { hasText: created.number }).waitFor();
    const overflow = await phone.page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(phone.page, 'arbitration-queue-phone');
    await phone.context.close();

    // The arbiter decides: BBPJN owns it, and the decision becomes a routing rule.
    await item.getByRole('radio', { name: /BBPJN/ }).check();
    await item.getByLabel('Pertimbangan keputusan').fill('Ruas ini jalan nasional menurut SK 2026');
    await item.getByRole('checkbox', { name: /Jadikan aturan rute/ }).check();
    // Sumenep: no other browser test files complaints there, so the rule routes nothing else.
    await item.getByLabel(/Kode kabupaten\/kota/).fill('35.29');
    await screenshot(arbiter.page, 'arbitration-decision');
    await item.getByRole('button', { name: 'Putuskan' }).click();
    await arbiter.page
      .getByText(/diputuskan: .*BBPJN/)
      .first()
      .waitFor();
    await item.waitFor({ state: 'detached' });

    const detail = await api<{ participants: { agencyId: string; role: string }[] }>(
      b,
      'GET',
      `/api/cases/${created.id}`,
    );
    expect(detail.participants.find((p) => p.role === 'lead')?.agencyId).toBe(b.agencyId);
    await arbiter.context.close();
  });
});
