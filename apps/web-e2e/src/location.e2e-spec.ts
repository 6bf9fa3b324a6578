import type { Browser, Page } from 'playwright-core';
import {
  filledValue,
  launchBrowser,
  newPage,
  refuseMapTiles,
  screenshot,
  signIn,
} from './support/browser';

// Bojonegoro's case count is not asserted by other specs, so this new case disturbs none of them.
const OFFICER = 'petugas.bojonegoro@demo.simpul.id';
const TITLE = 'jalan rusak parah dekat pasar';

const statusChip = (page: Page) => page.locator('.status-panel .status-line .status-chip').first();
const locationSection = (page: Page) => page.locator('section[aria-labelledby=location-heading]');

describe('asking the reporter for the location (DOMAIN.md §4)', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser.close();
  });

  it('sends a one-time link, the reporter pins the place on a phone, and the case gets it back', async () => {
    // An officer records a WhatsApp complaint that names no place.
    const officer = await newPage(browser);
    await refuseMapTiles(officer.context);
    await signIn(officer.page, OFFICER);
    await officer.page.goto('/kasus/baru');
    const placesAsked = officer.page.waitForResponse((r) =>
      r.url().includes('/api/places/suggest'),
    );
    await officer.page.locator('#intake-title').fill(TITLE);
    await officer.page
      .locator('#intake-description')
      .fill('Jalannya rusak parah dan berlubang besar, sudah ada pengendara motor yang jatuh.');
    await officer.page.locator('#intake-category').click();
    await officer.page.getByRole('option', { name: 'Jalan rusak' }).click();
    await officer.page.locator('#intake-reporter-name').fill('Siti Aminah');
    await officer.page.locator('#intake-reporter-contact').fill('0812-3456-7890');
    // The form's map picker is there; the words name no place, so no place is suggested.
    await officer.page.locator('sp-location-map .leaflet-container').waitFor();
    await placesAsked;
    expect(await officer.page.locator('button.place').count()).toBe(0);
    await screenshot(officer.page, 'intake-form');
    await officer.page.getByRole('button', { name: 'Catat aduan' }).click();
    await officer.page.waitForURL(/\/kasus\/[0-9a-f-]{36}$/);

    const section = locationSection(officer.page);
    await section.getByText('Lokasi belum diketahui').waitFor();
    expect(await section.locator('.status-chip.confidence').innerText()).toBe('Belum diketahui');
    await screenshot(officer.page, 'location-case-before');

    // The request puts the case on hold and shows the link and the WhatsApp message.
    await section.getByRole('button', { name: 'Minta lokasi ke pelapor' }).click();
    const dialog = officer.page.getByRole('dialog');
    await dialog.getByText('Kasus menjadi Tertunda sampai pelapor mengirim lokasi.').waitFor();
    await dialog.getByRole('button', { name: 'Buat tautan' }).click();
    const linkField = section.getByLabel('Tautan untuk diserahkan');
    await linkField.waitFor();
    const link = await linkField.inputValue();
    expect(link).toMatch(/\/lokasi\/[A-Za-z0-9_-]+$/);
    expect(await section.locator('.message').innerText()).toContain(link);
    const whatsapp = section.getByRole('link', { name: 'Kirim via WhatsApp' });
    expect(await whatsapp.getAttribute('href')).toMatch(/^https:\/\/wa\.me\/6281234567890\?text=/);
    expect(await whatsapp.getAttribute('target')).toBe('_blank');
    await officer.page
      .locator('.status-panel .status-line .status-chip', { hasText: 'Tertunda' })
      .waitFor();
    await officer.page
      .locator('sp-case-timeline li', { hasText: 'meminta lokasi ke pelapor' })
      .waitFor();
    await screenshot(officer.page, 'location-case-link');

    // The reporter opens the link on a phone, without an account.
    const reporter = await newPage(browser, { width: 360, height: 740 });
    await refuseMapTiles(reporter.context);
    await reporter.page.goto(new URL(link).pathname);
    await reporter.page.getByText(`Laporan `).first().waitFor();
    expect(await reporter.page.locator('.case').innerText()).toMatch(
      new RegExp(`^Laporan SMP-\\d{4}-\\d+: ${TITLE}$`),
    );
    await reporter.page
      .getByText('Ketuk peta untuk menandai lokasi masalahnya, atau isi koordinat, lalu kirim.')
      .waitFor();
    expect(await reporter.page.getByRole('link', { name: 'Masuk' }).count()).toBe(0);

    // A tap on the map drops the pin; typed coordinates then move it exactly.
    const map = reporter.page.locator('.leaflet-container');
    await map.waitFor();
    await map.click({ position: { x: 180, y: 140 } });
    const latitude = reporter.page.getByLabel('Lintang (latitude)');
    const longitude = reporter.page.getByLabel('Bujur (longitude)');
    expect(await filledValue(latitude)).toMatch(/^-\d+\.\d+$/);
    expect(await filledValue(longitude)).toMatch(/^1\d\d\.\d+$/);
    await latitude.fill('-8.1631');
    await longitude.fill('112.5733');
    await reporter.page.getByLabel('Patokan (bila ada)').fill('depan pasar, dekat pertigaan');
    const overflow = await reporter.page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(reporter.page, 'location-public-phone');

    await reporter.page.getByRole('button', { name: 'Kirim lokasi' }).click();
    await reporter.page.getByText('Terima kasih, lokasi sudah kami terima').waitFor();
    await screenshot(reporter.page, 'location-public-phone-sent');

    // The link works once.
    await reporter.page.reload();
    await reporter.page.getByText('Lokasi sudah dikirim').waitFor();
    await reporter.context.close();

    // Back at the office: the pin is on the case and the case is off hold.
    await officer.page.reload();
    await section.locator('.status-chip.confidence', { hasText: 'Ditandai di peta' }).waitFor();
    expect(await section.innerText()).toContain('dari pelapor');
    expect(await section.locator('.coordinates').innerText()).toBe('-8.1631, 112.5733');
    await section.locator('sp-location-map .leaflet-container').waitFor();
    expect(await statusChip(officer.page).innerText()).not.toContain('Tertunda');
    await officer.page
      .locator('sp-case-timeline li', { hasText: 'lokasi dikirim pelapor: -8.1631, 112.5733' })
      .waitFor();
    expect(await officer.page.locator('sp-case-timeline').innerText()).toContain(
      'depan pasar, dekat pertigaan',
    );
    await screenshot(officer.page, 'location-case-after');
    await officer.page.setViewportSize({ width: 360, height: 740 });
    // On a phone the case page is in tabs; the location is under "Fakta".
    await officer.page.locator('#pane-tab-facts').click();
    await section.locator('sp-location-map .leaflet-container').waitFor();
    expect(
      await officer.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
    await screenshot(officer.page, 'location-case-after-phone');
    await officer.context.close();
  }, 120_000);
});
