import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage, refuseMapTiles, screenshot, signIn } from './support/browser';
import { api, apiSignIn, type ApiSession } from './support/api';

// DPU BM Jatim's officer and its leader: no other spec counts this agency's cases.
const OFFICER = { email: 'admin.dpubm@demo.simpul.id', name: 'Rina Wulandari' };
const LEADER = { email: 'pimpinan.dpubm@demo.simpul.id', name: 'Ir. Bambang Setiawan' };

interface CaseFacts {
  title: string;
  description: string;
  priority: string;
  version: number;
}

const form = (page: Page) => page.locator('sp-case-facts-form');
const openEditor = async (page: Page) => {
  await page.getByRole('button', { name: 'Ubah fakta kasus' }).click();
  await form(page).waitFor();
};
const saveFacts = async (page: Page) => {
  await form(page).getByRole('button', { name: 'Simpan', exact: true }).click();
  await form(page).waitFor({ state: 'detached' });
};

describe('no silent lost update on "Ubah fakta kasus" (issue 14)', () => {
  let browser: Browser;
  let officer: ApiSession;

  beforeAll(async () => {
    browser = await launchBrowser();
    officer = await apiSignIn(OFFICER.email);
  });

  afterAll(async () => {
    await browser.close();
  });

  it('keeps both people’s edits of different fields, and shows both values when they change the same one', async () => {
    const created = await api<{ id: string }>(officer, 'POST', '/api/cases', {
      title: 'Jalan berlubang di Jl. Raya Lawang depan pasar',
      description: 'Lubang besar di depan pasar, motor sering jatuh.',
      classification: 'pengaduan',
      channel: 'whatsapp',
      category: 'jalan_rusak',
      priority: 'high',
      reporter: {
        name: 'Sutrisno',
        contact: '081333444555',
        anonymous: false,
        confidential: false,
      },
    });
    const facts = () => api<CaseFacts>(officer, 'GET', `/api/cases/${created.id}`);

    const a = await newPage(browser);
    const b = await newPage(browser);
    await refuseMapTiles(a.context);
    await refuseMapTiles(b.context);
    await signIn(a.page, OFFICER.email);
    await signIn(b.page, LEADER.email);
    await a.page.goto(`/kasus/${created.id}`);
    await b.page.goto(`/kasus/${created.id}`);
    await a.page.locator('sp-case-presence li.avatar', { hasText: LEADER.name }).waitFor();
    await b.page.locator('sp-case-presence li.avatar', { hasText: OFFICER.name }).waitFor();

    // 1. Different fields: the officer corrects the description while the leader raises the
    //    priority (Tinggi → Mendesak) and saves first.
    await openEditor(a.page);
    await openEditor(b.page);
    const descriptionA = form(a.page).locator('#edit-description');
    await descriptionA.click();
    await descriptionA.fill('Lubang 1 m di depan Pasar Lawang; dua motor jatuh minggu ini.');
    // The leader sees who is editing the description; it is read-only for him.
    const lockedForB = form(b.page).locator('.locked[data-field=description]');
    await lockedForB.waitFor();
    expect(await lockedForB.innerText()).toContain(OFFICER.name);
    expect(await form(b.page).locator('#edit-description').isDisabled()).toBe(true);
    await form(b.page).locator('#edit-priority').click();
    await b.page.getByRole('option', { name: 'Mendesak' }).click();
    await saveFacts(b.page);
    // The officer's form takes the new priority into the field she left alone, keeps her text.
    await form(a.page).locator('#edit-priority', { hasText: 'Mendesak' }).waitFor();
    expect(await descriptionA.inputValue()).toBe(
      'Lubang 1 m di depan Pasar Lawang; dua motor jatuh minggu ini.',
    );
    await saveFacts(a.page);
    expect(await facts()).toMatchObject({
      priority: 'urgent',
      description: 'Lubang 1 m di depan Pasar Lawang; dua motor jatuh minggu ini.',
    });
    // The leader's page shows the officer's description without a reload.
    await b.page
      .getByText('Lubang 1 m di depan Pasar Lawang; dua motor jatuh minggu ini.')
      .waitFor();

    // 2. The same field: the leader starts on the title, the officer takes it over ("Ambil
    //    alih") and writes her own; the leader saves his first.
    await openEditor(a.page);
    await openEditor(b.page);
    const titleB = form(b.page).locator('#edit-title');
    await titleB.click();
    await titleB.fill('Jalan berlubang parah di Jl. Raya Lawang');
    const lockedForA = form(a.page).locator('.locked[data-field=title]');
    await lockedForA.waitFor();
    expect(await lockedForA.innerText()).toContain(LEADER.name);
    await lockedForA.getByRole('button', { name: 'Ambil alih' }).click();
    await lockedForA.waitFor({ state: 'detached' });
    const titleA = form(a.page).locator('#edit-title');
    await titleA.click();
    await titleA.fill('Lubang di Jl. Raya Lawang km 12 depan pasar');
    await form(b.page).getByRole('button', { name: 'Simpan', exact: true }).click();
    await form(b.page).waitFor({ state: 'detached' });

    // The officer is not overwritten and does not overwrite: she sees both titles and chooses.
    const conflict = form(a.page).locator('.conflict[data-field=title]');
    await conflict.waitFor();
    const shown = await conflict.innerText();
    expect(shown).toContain('Lubang di Jl. Raya Lawang km 12 depan pasar');
    expect(shown).toContain('Jalan berlubang parah di Jl. Raya Lawang');
    expect(await form(a.page).getByRole('button', { name: 'Pilih nilai dulu' }).isDisabled()).toBe(
      true,
    );
    expect((await facts()).title).toBe('Jalan berlubang parah di Jl. Raya Lawang');
    await screenshot(a.page, 'case-facts-conflict');
    await conflict.getByRole('button', { name: 'Pakai punya saya' }).click();
    await saveFacts(a.page);

    const final = await facts();
    expect(final).toMatchObject({
      title: 'Lubang di Jl. Raya Lawang km 12 depan pasar',
      priority: 'urgent',
      description: 'Lubang 1 m di depan Pasar Lawang; dua motor jatuh minggu ini.',
    });
    // Both titles stay in the timeline, each with its author.
    const titles = (
      await api<{ type: string; actorName: string | null; after: { title?: string } }[]>(
        officer,
        'GET',
        `/api/cases/${created.id}/events`,
      )
    )
      .filter((event) => event.type === 'case.updated' && event.after.title)
      .map((event) => [event.actorName, event.after.title]);
    expect(titles).toEqual([
      [LEADER.name, 'Jalan berlubang parah di Jl. Raya Lawang'],
      [OFFICER.name, 'Lubang di Jl. Raya Lawang km 12 depan pasar'],
    ]);
    await b.page
      .locator('h1', { hasText: 'Lubang di Jl. Raya Lawang km 12 depan pasar' })
      .waitFor();

    await a.context.close();
    await b.context.close();
  });
});
