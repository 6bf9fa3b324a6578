import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import type { ApiErrorBody } from '@simpul/contracts';
import { clearDeviceStorage, webTestProviders } from '../../../testing/web-test-providers';
import { SetPasswordPage, type SetPasswordPurpose } from './set-password-page';

describe('SetPasswordPage', () => {
  let fixture: ComponentFixture<SetPasswordPage>;
  let http: HttpTestingController;

  async function open(purpose: SetPasswordPurpose): Promise<void> {
    clearDeviceStorage();
    TestBed.configureTestingModule({ imports: [SetPasswordPage], providers: webTestProviders() });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(SetPasswordPage);
    fixture.componentRef.setInput('token', 'tok-123');
    fixture.componentRef.setInput('purpose', purpose);
    await fixture.whenStable();
  }

  afterEach(() => http.verify());

  const page = () => fixture.nativeElement as HTMLElement;
  function typePasswords(first: string, second: string): void {
    const [password, confirm] = Array.from(page().querySelectorAll('input'));
    password.value = first;
    password.dispatchEvent(new Event('input'));
    confirm.value = second;
    confirm.dispatchEvent(new Event('input'));
    confirm.dispatchEvent(new Event('blur'));
    page().querySelector<HTMLButtonElement>('button[type=submit]')?.click();
  }

  it('activates an invited account with the token from the link', async () => {
    await open('invitation');
    expect(page().textContent).toContain('Aktifkan akun');
    typePasswords('jembatan kali brantas', 'jembatan kali brantas');
    const request = http.expectOne('/api/auth/invitation/complete');
    expect(request.request.body).toEqual({
      token: 'tok-123',
      newPassword: 'jembatan kali brantas',
    });
    request.flush(null, { status: 204, statusText: 'No Content' });
    await fixture.whenStable();
    expect(page().textContent).toContain('Akun Anda sudah aktif');
  });

  it('refuses a short or mistyped password before calling the API', async () => {
    await open('reset');
    typePasswords('pendek', 'pendek');
    await fixture.whenStable();
    expect(page().textContent).toContain('Kata sandi minimal 10 karakter.');
    typePasswords('kalimat panjang sekali', 'kalimat panjang sekal');
    await fixture.whenStable();
    expect(page().textContent).toContain('Kedua kata sandi tidak sama.');
    http.expectNone('/api/auth/password-reset/complete');
  });

  it('shows why an expired reset link failed and offers a new one', async () => {
    await open('reset');
    typePasswords('kalimat panjang sekali', 'kalimat panjang sekali');
    http.expectOne('/api/auth/password-reset/complete').flush(
      {
        statusCode: 400,
        code: 'INVALID_LINK',
        message: { id: 'Tautan sudah kedaluwarsa.', en: 'The link has expired.' },
      } satisfies ApiErrorBody,
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();
    expect(page().querySelector('[role=alert]')?.textContent).toContain(
      'Tautan sudah kedaluwarsa.',
    );
    expect(page().querySelector('a[href="/lupa-sandi"]')).not.toBeNull();
  });
});
