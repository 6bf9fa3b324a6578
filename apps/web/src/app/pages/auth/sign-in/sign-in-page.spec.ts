import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { Router } from '@angular/router';
import type { ApiErrorBody } from '@simpul/contracts';
import { LanguageService } from '../../../core/language.service';
import {
  clearDeviceStorage,
  testSession,
  testUser,
  webTestProviders,
} from '../../../testing/web-test-providers';
import { SignInPage } from './sign-in-page';

const LOCKED: ApiErrorBody = {
  statusCode: 429,
  code: 'ACCOUNT_LOCKED',
  message: {
    id: 'Akun dikunci sementara karena terlalu banyak percobaan. Coba lagi dalam 15 menit.',
    en: 'The account is locked after too many attempts. Try again in 15 minutes.',
  },
};

const WRONG_PASSWORD: ApiErrorBody = {
  statusCode: 401,
  code: 'INVALID_CREDENTIALS',
  message: { id: 'Email atau kata sandi salah.', en: 'Wrong email or password.' },
};

describe('SignInPage', () => {
  let fixture: ComponentFixture<SignInPage>;
  let http: HttpTestingController;
  let navigateByUrl: jasmine.Spy;

  beforeEach(async () => {
    clearDeviceStorage();
    TestBed.configureTestingModule({ imports: [SignInPage], providers: webTestProviders() });
    http = TestBed.inject(HttpTestingController);
    navigateByUrl = spyOn(TestBed.inject(Router), 'navigateByUrl').and.resolveTo(true);
    fixture = TestBed.createComponent(SignInPage);
    await fixture.whenStable();
  });

  afterEach(() => {
    http.verify();
    clearDeviceStorage();
  });

  const page = () => fixture.nativeElement as HTMLElement;
  const text = () => page().textContent ?? '';

  function fillAndSubmit(email: string, password: string): void {
    const inputs = page().querySelectorAll('input');
    inputs[0].value = email;
    inputs[0].dispatchEvent(new Event('input'));
    inputs[1].value = password;
    inputs[1].dispatchEvent(new Event('input'));
    page().querySelector<HTMLButtonElement>('button[type=submit]')?.click();
  }

  it('shows the API message in Indonesian, and in English after switching', async () => {
    fillAndSubmit('sari@dpubm.jatimprov.go.id', 'salah sekali');
    const request = http.expectOne('/api/auth/sign-in');
    expect(request.request.body).toEqual({
      email: 'sari@dpubm.jatimprov.go.id',
      password: 'salah sekali',
    });
    request.flush(LOCKED, { status: 429, statusText: 'Too Many Requests' });
    await fixture.whenStable();

    const alert = page().querySelector('[role=alert]');
    expect(alert?.textContent).toContain('Akun dikunci sementara karena terlalu banyak percobaan');

    TestBed.inject(LanguageService).use('en');
    await fixture.whenStable();
    expect(page().querySelector('[role=alert]')?.textContent).toContain(
      'The account is locked after too many attempts',
    );
    expect(navigateByUrl).not.toHaveBeenCalled();
  });

  it('shows a wrong password as one error, keeping the password selected to retype', async () => {
    fillAndSubmit('sari@dpubm.jatimprov.go.id', 'salah sekali');
    http.expectOne('/api/auth/sign-in').flush(WRONG_PASSWORD, {
      status: 401,
      statusText: 'Unauthorized',
    });
    await fixture.whenStable();

    expect(page().querySelectorAll('[role=alert]').length).toBe(1);
    expect(page().querySelector('[role=alert]')?.textContent).toContain(
      'Email atau kata sandi salah.',
    );
    // No second error under a field (such as "password required").
    expect(page().querySelectorAll('mat-error').length).toBe(0);
    const password = page().querySelectorAll('input')[1];
    expect(password.value).toBe('salah sekali');
    expect(document.activeElement).toBe(password);
    expect([password.selectionStart, password.selectionEnd]).toEqual([0, 'salah sekali'.length]);
  });

  it('says the server cannot be reached when there is no answer', async () => {
    fillAndSubmit('sari@dpubm.jatimprov.go.id', 'kata sandi');
    http.expectOne('/api/auth/sign-in').error(new ProgressEvent('error'), { status: 0 });
    await fixture.whenStable();
    expect(text()).toContain('Server tidak dapat dihubungi');
  });

  it('does not call the API while the form is incomplete', async () => {
    fillAndSubmit('', '');
    await fixture.whenStable();
    http.expectNone('/api/auth/sign-in');
    expect(text()).toContain('Isi alamat email Anda.');
  });

  it('goes to the page the user wanted after signing in', async () => {
    fixture.componentRef.setInput('returnUrl', '/kasus/42');
    fillAndSubmit('sari@dpubm.jatimprov.go.id', 'kalimat yang benar');
    http.expectOne('/api/auth/sign-in').flush(testSession(testUser()));
    await fixture.whenStable();
    expect(navigateByUrl).toHaveBeenCalledWith('/kasus/42');
  });

  it('ignores a returnUrl that leaves the app and goes to the cases instead', async () => {
    fixture.componentRef.setInput('returnUrl', '//evil.example/phish');
    fillAndSubmit('sari@dpubm.jatimprov.go.id', 'kalimat yang benar');
    http.expectOne('/api/auth/sign-in').flush(testSession(testUser()));
    await fixture.whenStable();
    expect(navigateByUrl).toHaveBeenCalledWith('/kasus');
  });

  it('sends a user with a temporary password to change it', async () => {
    const navigate = spyOn(TestBed.inject(Router), 'navigate').and.resolveTo(true);
    fixture.componentRef.setInput('returnUrl', '/admin/audit');
    fillAndSubmit('sari@dpubm.jatimprov.go.id', 'sementara-123');
    http.expectOne('/api/auth/sign-in').flush(testSession(testUser({ mustChangePassword: true })));
    await fixture.whenStable();
    expect(navigate).toHaveBeenCalledWith(['/ganti-sandi'], {
      queryParams: { returnUrl: '/admin/audit' },
    });
  });
});
