import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage, screenshot, signIn } from './support/browser';
import { addAgencyMembers, api, apiSignIn, type ApiSession } from './support/api';

// The opening agency is DPU BM Jatim (the demo's humas); the co-owner is Diskominfo Jatim, whose
// humas this spec adds itself (its own address, so no other spec counts it).
const OWNER_HUMAS = { email: 'humas.dpubm@demo.simpul.id', name: 'Dewi Lestari' };
const run = Date.now().toString(36);
const KOMINFO = { email: `reviu.kominfo.${run}@demo.simpul.id`, name: 'Sinta Kominfo' };

const section = (page: Page, name: string) => page.locator(`textarea[data-section="${name}"]`);

/** Selects text[from, to) in a section's textarea the way a mouse drag ends (a `select` event). */
async function selectText(page: Page, name: string, from: number, to: number) {
  await section(page, name).evaluate(
    (el, [f, t]) => {
      const area = el as HTMLTextAreaElement;
      area.focus();
      area.setSelectionRange(f, t);
      area.dispatchEvent(new Event('select'));
    },
    [from, to] as const,
  );
}

/** The overlay's text before the caret labelled `name`: where the caret is drawn. */
function textBeforeCaret(page: Page, name: string, label: string) {
  return page.locator(`[data-overlay="${name}"]`).evaluate((overlay, who) => {
    let text = '';
    for (const node of Array.from(overlay.children)) {
      if (node.classList.contains('caret') && node.textContent?.trim() === who) return text;
      if (!node.classList.contains('caret')) text += node.textContent ?? '';
    }
    return null;
  }, label);
}

describe('clarification review: cursors in the text, anchored comments, versions (issue 15)', () => {
  let browser: Browser;
  let owner: ApiSession;
  let kominfo: ApiSession;
  let kominfoAgency: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    ({ agencyId: kominfoAgency } = await addAgencyMembers(
      'diskominfo-jatim',
      'humas',
      [KOMINFO],
      OWNER_HUMAS.email,
    ));
    owner = await apiSignIn(OWNER_HUMAS.email);
    kominfo = await apiSignIn(KOMINFO.email);
  });

  afterAll(async () => {
    await browser.close();
  });

  it('draws the other editor’s caret and selection inside the text, comments on a selection live, and diffs a saved version', async () => {
    const { id } = await api<{ id: string }>(owner, 'POST', '/api/clarifications', {
      label: 'HOAKS',
      title: 'Jalan Tumpang ditutup total',
      narrative: 'Pesan berantai: jalan Tumpang ditutup total seminggu.',
      platform: 'WhatsApp',
    });
    await api(owner, 'POST', `/api/clarifications/${id}/agencies`, { agencyId: kominfoAgency });
    await api(kominfo, 'PUT', `/api/clarifications/${id}/invitation`, { accept: true });

    const a = await newPage(browser);
    const b = await newPage(browser, { width: 390, height: 844 });
    await signIn(a.page, OWNER_HUMAS.email);
    await signIn(b.page, KOMINFO.email);
    for (const { page } of [a, b]) {
      await page.goto(`/draf-klarifikasi/${id}`);
      await page.getByText('Tersambung — perubahan tersimpan langsung').waitFor();
    }
    // No comment yet: the panel says what to do.
    await a.page
      .getByText('Belum ada komentar. Pilih teks di draf, lalu tekan “Komentar”.')
      .waitFor();

    const text = 'Jalan Tumpang tetap dibuka, hanya satu lajur saat perbaikan.';
    await section(a.page, 'penjelasan').click();
    await section(a.page, 'penjelasan').pressSequentially(text, { delay: 5 });
    await b.page.waitForFunction(
      (t) =>
        (document.querySelector('textarea[data-section="penjelasan"]') as HTMLTextAreaElement)
          .value === t,
      text,
    );

    // B selects "Tumpang"; A sees B's caret with B's name at its end and the selection tinted.
    await selectText(b.page, 'penjelasan', 6, 13);
    const caret = a.page.locator('[data-overlay="penjelasan"] .caret-label', {
      hasText: KOMINFO.name,
    });
    await caret.waitFor();
    expect(await textBeforeCaret(a.page, 'penjelasan', KOMINFO.name)).toBe('Jalan Tumpang');
    const tinted = a.page.locator('[data-overlay="penjelasan"] span[style*="color-mix"]');
    expect(await tinted.first().textContent()).toBe('Tumpang');
    // Drawn inside the text box, and the names are also listed as text.
    const box = await section(a.page, 'penjelasan').boundingBox();
    const mark = await a.page.locator('[data-overlay="penjelasan"] .caret').first().boundingBox();
    expect(box && mark).toBeTruthy();
    if (box && mark) {
      expect(mark.x).toBeGreaterThan(box.x);
      expect(mark.x).toBeLessThan(box.x + box.width);
      expect(mark.y).toBeGreaterThanOrEqual(box.y);
      expect(mark.y + mark.height).toBeLessThanOrEqual(box.y + box.height);
    }
    expect(await a.page.locator('.peer', { hasText: KOMINFO.name }).first().innerText()).toContain(
      'Diskominfo',
    );

    // A types before it: B's caret follows its word.
    await section(a.page, 'penjelasan').press('Home');
    await section(a.page, 'penjelasan').pressSequentially('FAKTA: ', { delay: 5 });
    await a.page.waitForFunction((who) => {
      const overlay = document.querySelector('[data-overlay="penjelasan"]');
      let before = '';
      for (const node of Array.from(overlay?.children ?? [])) {
        if (node.classList.contains('caret') && node.textContent?.trim() === who)
          return before === 'FAKTA: Jalan Tumpang';
        if (!node.classList.contains('caret')) before += node.textContent ?? '';
      }
      return false;
    }, KOMINFO.name);
    await screenshot(a.page, 'clarification-review-cursor-desktop');

    // A comments on "tetap dibuka"; it is highlighted and reaches B live.
    const value = await section(a.page, 'penjelasan').inputValue();
    const from = value.indexOf('tetap dibuka');
    await selectText(a.page, 'penjelasan', from, from + 'tetap dibuka'.length);
    await a.page.getByRole('button', { name: 'Komentar', exact: true }).click();
    await a.page.getByLabel('Komentar Anda pada teks terpilih').fill('Sudah dicek UPT hari ini?');
    await a.page.getByRole('button', { name: 'Kirim komentar' }).click();
    const threadA = a.page.locator('.thread', { hasText: 'Sudah dicek UPT hari ini?' });
    await threadA.waitFor();
    expect(await threadA.innerText()).toContain('“tetap dibuka”');
    expect(await a.page.locator('[data-overlay="penjelasan"] .comment').first().textContent()).toBe(
      'tetap dibuka',
    );
    const threadB = b.page.locator('.thread', { hasText: 'Sudah dicek UPT hari ini?' });
    await threadB.waitFor();
    await threadB.getByRole('textbox').fill('Ya, foto pagi ini.');
    await threadB.getByRole('button', { name: 'Balas' }).click();
    await threadA.getByText('Ya, foto pagi ini.').waitFor();

    // A saves a version; B deletes the commented words; the thread says so, the diff shows it.
    await a.page.getByLabel('Nama versi').fill('Draf awal');
    await a.page.getByRole('button', { name: 'Simpan versi' }).click();
    await b.page.getByText('Draf awal —').waitFor();
    const bValue = await section(b.page, 'penjelasan').inputValue();
    const at = bValue.indexOf('tetap dibuka');
    await selectText(b.page, 'penjelasan', at, at + 'tetap dibuka'.length);
    await section(b.page, 'penjelasan').press('Backspace');
    await section(b.page, 'penjelasan').pressSequentially('dibuka normal', { delay: 5 });
    await threadA.getByText('teks sudah dihapus').waitFor();
    // On the phone every name label stays inside its text box (one near the edge runs left).
    await b.page.locator('[data-overlay="penjelasan"] .caret-label').first().waitFor();
    const outside = await b.page.locator('.overlay').evaluateAll((overlays) =>
      overlays.flatMap((overlay) =>
        Array.from(overlay.querySelectorAll('.caret-label'))
          .filter(
            (l) => l.getBoundingClientRect().right > overlay.getBoundingClientRect().right + 1,
          )
          .map((l) => l.textContent),
      ),
    );
    expect(outside).toEqual([]);
    await screenshot(b.page, 'clarification-review-comments-390');

    await a.page.getByRole('button', { name: 'Tampilkan perbedaan' }).click();
    const diff = a.page.locator('.diff[data-section="penjelasan"]');
    await diff.waitFor();
    // Word by word: "tetap dibuka" became "dibuka normal".
    expect(await diff.locator('del').first().innerText()).toContain('tetap');
    expect(await diff.locator('ins').first().innerText()).toContain('normal');
    expect(((await diff.textContent()) ?? '').replace(/\[(dihapus|ditambah): |\]/g, '')).toContain(
      'FAKTA: Jalan Tumpang tetap dibuka normal, hanya satu lajur',
    );
    await screenshot(a.page, 'clarification-review-diff-desktop');
    await a.context.close();
    await b.context.close();
  });
});
