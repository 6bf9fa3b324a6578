import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage, refuseMapTiles, screenshot, signIn } from './support/browser';
import { api, apiSignIn, type ApiSession } from './support/api';

// Bojonegoro (lead) and Dishub Jatim (invited observer): no other spec counts their cases.
const LEAD_OFFICER = { email: 'petugas.bojonegoro@demo.simpul.id', name: 'Hendra Gunawan' };
const OBSERVER_OFFICER = { email: 'petugas.dishub@demo.simpul.id', name: 'Wahyu Santoso' };

/** A WhatsApp complaint recorded by the lead agency through the API. */
async function createCase(lead: ApiSession, title: string): Promise<string> {
  const created = await api<{ id: string }>(lead, 'POST', '/api/cases', {
    title,
    description: 'Jalan berlubang dalam di tikungan, dua motor jatuh minggu ini.',
    classification: 'pengaduan',
    channel: 'whatsapp',
    category: 'jalan_rusak',
    reporter: {
      name: 'Siti Aminah',
      contact: '0812-3456-7890',
      anonymous: false,
      confidential: false,
    },
  });
  return created.id;
}

/** Marks the page; a reload or navigation would lose the mark. */
async function markPage(page: Page): Promise<void> {
  await page.evaluate(() => ((window as unknown as { liveMark: string }).liveMark = 'kept'));
}

async function stillSamePage(page: Page): Promise<boolean> {
  return page.evaluate(() => (window as unknown as { liveMark?: string }).liveMark === 'kept');
}

const thread = (page: Page) => page.locator('sp-case-thread');
const commentWith = (page: Page, text: string) =>
  thread(page).locator('li.comment', { hasText: text });

describe('live collaboration on a case (issue 5)', () => {
  let browser: Browser;
  let lead: ApiSession;
  let observer: ApiSession;

  beforeAll(async () => {
    browser = await launchBrowser();
    lead = await apiSignIn(LEAD_OFFICER.email);
    observer = await apiSignIn(OBSERVER_OFFICER.email);
  });

  afterAll(async () => {
    await browser.close();
  });

  it('shows two agencies each other: presence, typing, and comments without reload', async () => {
    const caseId = await createCase(lead, 'Lubang di tikungan Jl. Veteran Bojonegoro');
    await api(lead, 'POST', `/api/cases/${caseId}/observers`, {
      agencyId: observer.agencyId,
      reason: 'Perlu data volume lalu lintas dari Dishub',
    });

    const a = await newPage(browser);
    const b = await newPage(browser);
    await refuseMapTiles(a.context);
    await refuseMapTiles(b.context);
    await signIn(a.page, LEAD_OFFICER.email);
    await signIn(b.page, OBSERVER_OFFICER.email);
    await a.page.goto(`/kasus/${caseId}`);
    await b.page.goto(`/kasus/${caseId}`);
    await thread(a.page).getByText('Belum ada komentar').waitFor();
    await thread(b.page).getByText('Belum ada komentar').waitFor();
    await markPage(a.page);
    await markPage(b.page);

    // Each sees the other's avatar, with the agency in its label.
    await a.page
      .locator('sp-case-presence li.avatar', { hasText: OBSERVER_OFFICER.name })
      .waitFor();
    expect(await a.page.locator('sp-case-presence').innerText()).toContain('Dishub');
    await b.page.locator('sp-case-presence li.avatar', { hasText: LEAD_OFFICER.name }).waitFor();

    // The observer types: the lead sees "… sedang mengetik…".
    const composerB = b.page.locator('#thread-composer');
    await composerB.click();
    await composerB.pressSequentially('Mohon data **volume kendaraan** di ruas ini', { delay: 5 });
    await thread(a.page)
      .locator('.typing', { hasText: `${OBSERVER_OFFICER.name}` })
      .waitFor();
    expect(await thread(a.page).locator('.typing').innerText()).toContain('sedang mengetik');
    await b.page.getByRole('button', { name: 'Kirim catatan internal' }).click();

    // The note appears on the lead's page without a reload, marked as internal.
    const note = commentWith(a.page, 'volume kendaraan');
    await note.waitFor();
    expect(await note.locator('.kind').innerText()).toContain('Catatan internal');
    expect(await note.locator('strong').innerText()).toBe('volume kendaraan');
    expect(await note.innerText()).toContain(OBSERVER_OFFICER.name);
    await thread(a.page).locator('.typing', { hasText: 'mengetik' }).waitFor({ state: 'hidden' });

    // The lead mentions Dishub through the autocomplete and answers the reporter publicly.
    const composerA = a.page.locator('#thread-composer');
    await composerA.click();
    await composerA.pressSequentially('Terima kasih @Dish', { delay: 5 });
    const option = a.page.getByRole('option', { name: /Dishub/ });
    await option.first().waitFor();
    await composerA.press('Enter');
    expect(await composerA.inputValue()).toMatch(/^Terima kasih @Dishub[^@]* $/);
    await composerA.pressSequentially('datanya kami tunggu.', { delay: 5 });
    await a.page.getByRole('button', { name: 'Kirim catatan internal' }).click();
    await commentWith(b.page, 'datanya kami tunggu').locator('.mention').waitFor();

    await a.page.getByRole('radio', { name: /Balasan publik/ }).click();
    await a.page.getByText('Pelapor akan melihat balasan ini').waitFor();
    await composerA.fill('Laporan sudah kami terima dan sedang *dijadwalkan* perbaikannya.');
    await a.page.getByRole('button', { name: 'Kirim balasan publik' }).click();
    const reply = commentWith(b.page, 'dijadwalkan');
    await reply.waitFor();
    expect(await reply.locator('.kind').innerText()).toContain('Balasan publik');
    expect(await reply.getAttribute('class')).toContain('public');

    expect(await stillSamePage(a.page)).toBe(true);
    expect(await stillSamePage(b.page)).toBe(true);

    await thread(a.page).scrollIntoViewIfNeeded();
    await screenshot(a.page, 'live-thread-desktop');
    await a.page.setViewportSize({ width: 390, height: 844 });
    // On a phone the case page is in tabs; the discussion is one tap away.
    await a.page.locator('#pane-tab-talk').click();
    await commentWith(a.page, 'dijadwalkan').waitFor();
    expect(
      await a.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
    await screenshot(a.page, 'live-thread-phone');
    await a.context.close();
    await b.context.close();
  }, 120_000);

  it("shows the reporter's pin on the officer's open page without a reload", async () => {
    const caseId = await createCase(lead, 'Jalan amblas dekat jembatan, lokasi belum jelas');
    const officer = await newPage(browser);
    await refuseMapTiles(officer.context);
    await signIn(officer.page, LEAD_OFFICER.email);
    await officer.page.goto(`/kasus/${caseId}`);
    const section = officer.page.locator('section[aria-labelledby=location-heading]');
    await section.getByText('Lokasi belum diketahui').waitFor();
    await thread(officer.page).getByText('Belum ada komentar').waitFor();
    await markPage(officer.page);

    // The link goes out (through the API here; the location spec drives the dialog).
    const request = await api<{ url: string }>(
      lead,
      'POST',
      `/api/cases/${caseId}/location-requests`,
      {},
    );
    await officer.page
      .locator('.status-panel .status-line .status-chip', { hasText: 'Tertunda' })
      .waitFor();

    const reporter = await newPage(browser, { width: 360, height: 740 });
    await refuseMapTiles(reporter.context);
    await reporter.page.goto(new URL(request.url).pathname);
    await reporter.page.getByLabel('Lintang (latitude)').fill('-7.1502');
    await reporter.page.getByLabel('Bujur (longitude)').fill('111.8817');
    await reporter.page.getByLabel('Patokan (bila ada)').fill('sebelah jembatan kali');
    await reporter.page.getByRole('button', { name: 'Kirim lokasi' }).click();
    await reporter.page.getByText('Terima kasih, lokasi sudah kami terima').waitFor();
    await reporter.context.close();

    // No reload: the open page follows the case room.
    await section.locator('.confidence', { hasText: 'Ditandai di peta' }).waitFor();
    expect(await section.locator('.coordinates').innerText()).toBe('-7.1502, 111.8817');
    await officer.page
      .locator('sp-case-timeline li', { hasText: 'lokasi dikirim pelapor: -7.1502, 111.8817' })
      .waitFor();
    expect(
      await officer.page.locator('.status-panel .status-line .status-chip').first().innerText(),
    ).not.toContain('Tertunda');
    expect(await stillSamePage(officer.page)).toBe(true);
    await screenshot(officer.page, 'live-location-answer');
    await officer.context.close();
  }, 120_000);
});
