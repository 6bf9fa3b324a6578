import { TestBed } from '@angular/core/testing';
import type { PresenceMember } from '@simpul/contracts';
import { webTestProviders } from '../../../testing/web-test-providers';
import { CaseFieldLocks } from './case-field-locks';
import { CasePresence, initials } from './case-presence';

const BUDI: PresenceMember = {
  userId: 'user-2',
  name: 'Budi Santoso',
  agencyId: 'agency-upt-malang',
  agencyName: 'UPT PJJ Malang',
  typing: false,
  editingField: null,
  idle: false,
};

describe('case presence', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [CasePresence, CaseFieldLocks],
      providers: webTestProviders(),
    });
  });

  it('makes initials from the first and last name', () => {
    expect(initials('Budi Santoso')).toBe('BS');
    expect(initials('Ir. Bambang Adi Setiawan')).toBe('IS');
    expect(initials('Wahyu')).toBe('WA');
  });

  it('shows an avatar per person with their agency, idle ones dimmed', async () => {
    const fixture = TestBed.createComponent(CasePresence);
    fixture.componentRef.setInput('members', [
      BUDI,
      { ...BUDI, userId: 'user-3', name: 'Sari Wulandari', agencyName: 'DPU BM Jatim', idle: true },
    ]);
    await fixture.whenStable();
    const avatars = Array.from(
      (fixture.nativeElement as HTMLElement).querySelectorAll<HTMLElement>('li.avatar'),
    );
    expect(avatars.map((a) => a.querySelector('[aria-hidden]')?.textContent)).toEqual(['BS', 'SW']);
    expect(avatars[0].textContent).toContain('Budi Santoso (UPT PJJ Malang)');
    expect(avatars[1].textContent).toContain('Sari Wulandari (DPU BM Jatim) — tidak aktif');
    expect(avatars[0].classList).not.toContain('idle');
    expect(avatars[1].classList).toContain('idle');
  });

  it('shows nothing when nobody else has the case open', async () => {
    const fixture = TestBed.createComponent(CasePresence);
    fixture.componentRef.setInput('members', []);
    await fixture.whenStable();
    expect((fixture.nativeElement as HTMLElement).textContent?.trim()).toBe('');
  });

  it('names who edits which field and offers to take it over', async () => {
    const fixture = TestBed.createComponent(CaseFieldLocks);
    fixture.componentRef.setInput('members', [
      { ...BUDI, editingField: 'description' },
      { ...BUDI, userId: 'user-4', name: 'Tono', editingField: 'unknown_field' },
    ]);
    const taken: string[] = [];
    fixture.componentInstance.takeOver.subscribe((field) => taken.push(field));
    await fixture.whenStable();
    const locks = (fixture.nativeElement as HTMLElement).querySelectorAll('.lock');
    expect(locks.length).toBe(1);
    expect(locks[0].textContent).toContain(
      'Uraian (kronologi) sedang diedit oleh Budi Santoso (UPT PJJ Malang)',
    );
    locks[0].querySelector('button')?.click();
    expect(taken).toEqual(['description']);
  });

  it('names a fact being corrected, such as the category', async () => {
    const fixture = TestBed.createComponent(CaseFieldLocks);
    fixture.componentRef.setInput('members', [{ ...BUDI, editingField: 'category' }]);
    await fixture.whenStable();
    expect((fixture.nativeElement as HTMLElement).querySelector('.lock')?.textContent).toContain(
      'Kategori sedang diedit oleh Budi Santoso',
    );
  });
});
