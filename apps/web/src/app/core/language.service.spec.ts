import { DOCUMENT } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { TestBed } from '@angular/core/testing';
import {
  TranslateService,
  provideTranslateLoader,
  provideTranslateService,
} from '@ngx-translate/core';
import { BundledTranslateLoader } from '../testing/bundled-translate-loader';
import { AppTranslateLoader, LanguageService } from './language.service';

describe('LanguageService', () => {
  beforeEach(() => {
    localStorage.removeItem('simpul.lang');
    TestBed.configureTestingModule({
      providers: [
        provideTranslateService({
          loader: provideTranslateLoader(BundledTranslateLoader),
          fallbackLang: 'id',
        }),
      ],
    });
  });

  afterEach(() => localStorage.removeItem('simpul.lang'));

  it('starts in Indonesian when nothing was chosen', () => {
    const service = TestBed.inject(LanguageService);
    service.restore();
    expect(service.language()).toBe('id');
    expect(TestBed.inject(TranslateService).instant('home.title')).toBe('Selamat datang di Simpul');
    expect(TestBed.inject(DOCUMENT).documentElement.lang).toBe('id');
  });

  it('switches to English at runtime and remembers the choice', () => {
    const service = TestBed.inject(LanguageService);
    service.use('en');
    expect(TestBed.inject(TranslateService).instant('home.title')).toBe('Welcome to Simpul');
    expect(localStorage.getItem('simpul.lang')).toBe('en');
    service.use('id');
    service.restore();
    expect(service.language()).toBe('id');
  });

  it('ignores an unknown saved language', () => {
    localStorage.setItem('simpul.lang', 'xx');
    const service = TestBed.inject(LanguageService);
    service.restore();
    expect(service.language()).toBe('id');
  });

  it("gives Indonesian at once and fetches English only when it is chosen (the app's loader)", async () => {
    const loader = new AppTranslateLoader();
    let indonesian: Record<string, unknown> | null = null;
    loader.getTranslation('id').subscribe((t) => (indonesian = t as Record<string, unknown>));
    expect(indonesian).not.toBeNull();
    const english = await firstValueFrom(loader.getTranslation('en'));
    expect((english['home'] as Record<string, string>)['title']).toBe('Welcome to Simpul');
  });
});
