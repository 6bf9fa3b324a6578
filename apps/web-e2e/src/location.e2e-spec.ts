import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
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

/** The location block alone, beside the full-page screenshots (tmp/screenshots). */
const blockShot = (section: Locator, name: string) =>
  section.screenshot({
    path: join(__dirname, '..', '..', '..', 'tmp', 'screenshots', `${name}.png`),
  });

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
    // The reporter's landmark is in the location block, and the pin (on no registered road)
    // is said to have no known area of its own.
    expect(await section.locator('.landmark').innerText()).toContain(
      'depan pasar, dekat pertigaan',
    );
    expect(await section.locator('.pin-area').innerText()).toContain(
      'Wilayah titik tidak diketahui',
    );
    await officer.page.setViewportSize({ width: 1366, height: 860 });
    await section.scrollIntoViewIfNeeded();
    await screenshot(officer.page, 'location-case-after');
    await blockShot(section, 'location-block-reporter-pin');
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

  it('moves the intake map to a chosen place, refuses a point outside Indonesia or swapped before saving, and saves the case with its pin in one request', async () => {
    const officer = await newPage(browser, { width: 1366, height: 860 });
    await refuseMapTiles(officer.context);
    await signIn(officer.page, OFFICER);
    await officer.page.goto('/kasus/baru');
    await officer.page.locator('#intake-title').fill('Jalan ambles di Lawang (uji peta)');
    await officer.page
      .locator('#intake-description')
      .fill('Aspal ambles di Jl. Raya Lawang, membahayakan pengendara.');
    await officer.page.locator('#intake-category').click();
    await officer.page.getByRole('option', { name: 'Jalan rusak' }).click();
    await officer.page.locator('#intake-locationText').fill('Kecamatan Lawang, Kabupaten Malang');
    await officer.page.locator('#intake-landmark').fill('sebelah gapura desa');

    // The map opens on all of East Java; choosing the suggested place brings it there.
    const map = officer.page.locator('sp-location-map .map');
    await officer.page.locator('sp-location-map .leaflet-container').waitFor();
    const zoomBefore = Number(await map.getAttribute('data-zoom'));
    const place = officer.page.locator('button.place', { hasText: 'Kec. Lawang' }).first();
    await place.waitFor();
    const bounds = officer.page.waitForResponse((r) =>
      r.url().includes('/api/jurisdiction/place-bounds'),
    );
    await place.click();
    await bounds;
    // The sample roads carry no district: the map shows the regency's, and says so.
    await officer.page
      .getByText(
        /Ruas jalan di .*Kec\. Lawang.* belum terdaftar: peta menunjukkan seluruh Kabupaten Malang/,
      )
      .waitFor();
    await officer.page.waitForFunction(
      (before) =>
        Number(document.querySelector<HTMLElement>('sp-location-map .map')?.dataset['zoom']) >
        before,
      zoomBefore,
    );
    // The demo registry's roads of Kabupaten Malang (its sample lines carry no district) hold
    // the view: between Lawang and Gondanglegi, Kepanjen and Lawang.
    const [lat, lng] = ((await map.getAttribute('data-center')) ?? '').split(',').map(Number);
    expect(lat).toBeGreaterThan(-8.18);
    expect(lat).toBeLessThan(-7.83);
    expect(lng).toBeGreaterThan(112.57);
    expect(lng).toBeLessThan(112.7);
    await screenshot(officer.page, 'intake-place-on-map');

    // Latitude and longitude swapped: said at once, and the complaint is not recorded.
    const latitude = officer.page.getByLabel('Lintang (latitude)');
    const longitude = officer.page.getByLabel('Bujur (longitude)');
    await latitude.fill('112.6791');
    await longitude.fill('-7.864');
    await officer.page.locator('.point-problem', { hasText: 'tertukar' }).waitFor();
    await officer.page.getByRole('button', { name: 'Catat aduan' }).click();
    await officer.page.locator('.point-refused', { hasText: 'Titik lokasi belum benar' }).waitFor();
    expect(new URL(officer.page.url()).pathname).toBe('/kasus/baru');
    await screenshot(officer.page, 'intake-point-swapped');
    // Outside Indonesia: the same.
    await latitude.fill('48.8566');
    await longitude.fill('2.3522');
    await officer.page.locator('.point-problem', { hasText: 'luar wilayah Indonesia' }).waitFor();
    await officer.page.getByRole('button', { name: 'Catat aduan' }).click();
    expect(new URL(officer.page.url()).pathname).toBe('/kasus/baru');

    // Corrected: one request saves the case with its point, place and landmark.
    await latitude.fill('-7.864');
    await longitude.fill('112.6791');
    await officer.page.getByText('Titik: -7.86400, 112.67910').waitFor();
    const created = officer.page.waitForResponse(
      (r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/api/cases',
    );
    const otherWrites: string[] = [];
    officer.page.on('request', (r) => {
      if (r.method() === 'PUT') otherWrites.push(r.url());
    });
    await officer.page.getByRole('button', { name: 'Catat aduan' }).click();
    expect((await created).status()).toBe(201);
    await officer.page.waitForURL(/\/kasus\/[0-9a-f-]{36}$/);
    expect(otherWrites).toEqual([]);
    const section = locationSection(officer.page);
    await section.locator('.status-chip.confidence', { hasText: 'Ditandai di peta' }).waitFor();
    expect(await section.locator('.coordinates').innerText()).toBe('-7.864, 112.6791');
    expect(await section.locator('.area-name').innerText()).toContain('Kab. Malang · Kec. Lawang');
    expect(await section.locator('.landmark').innerText()).toContain('sebelah gapura desa');
    await section.scrollIntoViewIfNeeded();
    await screenshot(officer.page, 'location-block-desktop');
    await blockShot(section, 'location-block-desktop-section');
    await officer.page.setViewportSize({ width: 390, height: 844 });
    await officer.page.locator('#pane-tab-facts').click();
    await section.scrollIntoViewIfNeeded();
    expect(
      await officer.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
    await screenshot(officer.page, 'location-block-phone');
    await blockShot(section, 'location-block-phone-section');
    await officer.context.close();
  }, 120_000);
});
