import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { webTestProviders } from '../../../testing/web-test-providers';
import { ForgotPasswordPage } from './forgot-password-page';

describe('ForgotPasswordPage', () => {
  it('gives the same answer whether or not the email exists', async () => {
    TestBed.configureTestingModule({
      imports: [ForgotPasswordPage],
      providers: webTestProviders(),
    });
    const http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(ForgotPasswordPage);
    await fixture.whenStable();
    const page = fixture.nativeElement as HTMLElement;
    const email = page.querySelector('input') as HTMLInputElement;
    email.value = 'tidak.ada@contoh.go.id';
    email.dispatchEvent(new Event('input'));
    page.querySelector<HTMLButtonElement>('button[type=submit]')?.click();

    const request = http.expectOne('/api/auth/password-reset/request');
    expect(request.request.body).toEqual({ email: 'tidak.ada@contoh.go.id' });
    request.flush(null, { status: 202, statusText: 'Accepted' });
    await fixture.whenStable();
    expect(page.textContent).toContain(
      'Jika email terdaftar, tautan atur ulang telah dikirim. Bila email belum aktif di instansi Anda, minta admin instansi membuatkan tautan.',
    );
    http.verify();
  });
});
