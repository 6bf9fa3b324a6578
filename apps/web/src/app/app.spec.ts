import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideTranslateLoader, provideTranslateService } from '@ngx-translate/core';
import type { HealthResponse } from '@simpul/contracts';
import { App } from './app';
import { BundledTranslateLoader } from './core/language.service';

const HEALTHY: HealthResponse = {
  status: 'ok',
  database: 'up',
  version: '0.1.0',
  uptimeSeconds: 5,
  time: '2026-11-28T00:00:00.000Z',
};

describe('App shell', () => {
  let fixture: ComponentFixture<App>;
  let http: HttpTestingController;

  beforeEach(async () => {
    localStorage.removeItem('simpul.lang');
    await TestBed.configureTestingModule({
      imports: [App],
      providers: [
        provideZonelessChangeDetection(),
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideTranslateService({
          loader: provideTranslateLoader(BundledTranslateLoader),
          fallbackLang: 'id',
        }),
      ],
    }).compileComponents();
    fixture = TestBed.createComponent(App);
    http = TestBed.inject(HttpTestingController);
    fixture.detectChanges();
  });

  afterEach(() => {
    fixture.destroy();
    localStorage.removeItem('simpul.lang');
  });

  const text = () => (fixture.nativeElement as HTMLElement).textContent ?? '';
  /** The first health poll fires on a zero-delay timer after start-up. */
  const healthRequest = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    return http.expectOne('/api/health');
  };

  it('shows the product name and tagline in Indonesian', async () => {
    await fixture.whenStable();
    expect(text()).toContain('Simpul');
    expect(text()).toContain('Ruang kerja kasus bersama lintas instansi');
  });

  it('shows live API health from /api/health', async () => {
    (await healthRequest()).flush(HEALTHY);
    await fixture.whenStable();
    expect(text()).toContain('Server tersambung');
  });

  it('says the database is unreachable on a 503', async () => {
    (await healthRequest()).flush(
      { ...HEALTHY, status: 'degraded', database: 'down' },
      { status: 503, statusText: 'Service Unavailable' },
    );
    await fixture.whenStable();
    expect(text()).toContain('Basis data tidak terjangkau');
  });

  it('says the server is unreachable when the request fails', async () => {
    (await healthRequest()).error(new ProgressEvent('error'), { status: 0 });
    await fixture.whenStable();
    expect(text()).toContain('Server tidak dapat dihubungi');
  });

  it('switches the interface to English with the language toggle', async () => {
    const english = Array.from(
      (fixture.nativeElement as HTMLElement).querySelectorAll('button'),
    ).find((b) => b.textContent?.trim() === 'EN');
    expect(english).toBeDefined();
    english?.click();
    await fixture.whenStable();
    expect(text()).toContain('Shared case workspace across agencies');
    expect(document.documentElement.lang).toBe('en');
  });
});
