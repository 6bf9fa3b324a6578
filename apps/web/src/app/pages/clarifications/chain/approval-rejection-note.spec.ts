import { TestBed } from '@angular/core/testing';
import { webTestProviders } from '../../../testing/web-test-providers';
import { ApprovalRejectionNote } from './approval-rejection-note';

describe('ApprovalRejectionNote', () => {
  it('shows who rejected which step and the note, and nothing without a rejection', async () => {
    TestBed.configureTestingModule({
      imports: [ApprovalRejectionNote],
      providers: webTestProviders(),
    });
    const fixture = TestBed.createComponent(ApprovalRejectionNote);
    fixture.detectChanges();
    await fixture.whenStable();
    const host = fixture.nativeElement as HTMLElement;
    expect(host.querySelector('.rejection')).toBeNull();

    fixture.componentRef.setInput('rejection', {
      stepName: 'Pimpinan',
      userName: 'Ir. Bambang Setiawan',
      at: '2026-12-07T03:00:00.000Z',
      note: 'Foto belum dari UPT',
    });
    fixture.detectChanges();
    await fixture.whenStable();
    expect(host.textContent).toContain(
      'Ditolak terakhir oleh Ir. Bambang Setiawan pada langkah “Pimpinan”',
    );
    expect(host.textContent).toContain('Foto belum dari UPT');
    expect(host.textContent).toContain('WIB');
  });
});
