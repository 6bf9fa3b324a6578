import { TestBed } from '@angular/core/testing';
import { LanguageService } from '../../core/language.service';
import { webTestProviders } from '../../testing/web-test-providers';
import en from '../../../i18n/en.json';
import id from '../../../i18n/id.json';
import { HomePage } from './home-page';

/** The leaders' dashboard (its API exists, its screen does not yet), in either language. */
const NOT_BUILT_YET = /dasbor|dashboard|kinerja|performance/i;

describe('HomePage', () => {
  it('describes what Simpul does today, handoffs and clarifications included, and names the leaders’ dashboard as coming', async () => {
    TestBed.configureTestingModule({ imports: [HomePage], providers: webTestProviders() });
    const fixture = TestBed.createComponent(HomePage);
    fixture.detectChanges();
    await fixture.whenStable();
    const text = (selector: string) =>
      (fixture.nativeElement as HTMLElement).querySelector(selector)?.textContent?.trim() ?? '';

    expect(text('.intro')).toContain('berdiskusi langsung');
    expect(text('.intro')).toContain('melimpahkan kewenangan');
    expect(text('.intro')).toContain('klarifikasi hoaks');
    expect(text('.intro')).not.toMatch(NOT_BUILT_YET);
    expect(text('.coming')).toMatch(/^Segera hadir: dasbor kinerja untuk pimpinan/);

    TestBed.inject(LanguageService).use('en');
    fixture.detectChanges();
    await fixture.whenStable();
    expect(text('.intro')).toContain('live discussion');
    expect(text('.intro')).toContain('jurisdiction handed over');
    expect(text('.intro')).toContain('hoax clarifications');
    expect(text('.intro')).not.toMatch(NOT_BUILT_YET);
    expect(text('.coming')).toMatch(/^Coming: a performance dashboard for leaders/);
  });

  it('offers the role hints of what exists, and what is not built yet only as coming', () => {
    for (const [hints, coming] of [
      [id.roleHints, 'Segera hadir:'],
      [en.roleHints, 'Coming:'],
    ] as const) {
      for (const hint of Object.values(hints)) {
        const [now, later = ''] = hint.split(coming);
        expect(now).not.toMatch(NOT_BUILT_YET);
        if (NOT_BUILT_YET.test(hint)) expect(later).toMatch(NOT_BUILT_YET);
      }
    }
  });
});
