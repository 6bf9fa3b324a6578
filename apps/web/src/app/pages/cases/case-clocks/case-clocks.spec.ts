import { TestBed } from '@angular/core/testing';
import type { CaseTimeInHand } from '@simpul/contracts';
import { LanguageService } from '../../../core/language.service';
import { webTestProviders } from '../../../testing/web-test-providers';
import { CaseClocks, handDuration } from './case-clocks';

const HANDS: CaseTimeInHand[] = [
  {
    agencyId: 'agency-pu',
    agencyShortName: 'PU Kota Surabaya',
    seconds: 5 * 3600 + 20 * 60,
    holding: false,
    since: null,
  },
  {
    agencyId: 'agency-malang',
    agencyShortName: 'UPT PJJ Malang',
    seconds: 2 * 86400 + 3 * 3600 + 59,
    holding: true,
    since: '2026-11-26T01:00:00.000Z',
  },
];

describe('CaseClocks: time in hand', () => {
  it('says each agency’s time in the largest two units', () => {
    expect(handDuration(2 * 86400 + 3 * 3600 + 59)).toEqual({
      key: 'days',
      days: 2,
      hours: 3,
      minutes: 0,
    });
    expect(handDuration(5 * 3600 + 20 * 60)).toEqual({
      key: 'hours',
      days: 0,
      hours: 5,
      minutes: 20,
    });
    expect(handDuration(59)).toEqual({ key: 'minutes', days: 0, hours: 0, minutes: 0 });
  });

  it('lists the agencies that held the case, marking who holds it now, in both languages', async () => {
    TestBed.configureTestingModule({ imports: [CaseClocks], providers: webTestProviders() });
    const fixture = TestBed.createComponent(CaseClocks);
    fixture.componentRef.setInput('clocks', []);
    fixture.componentRef.setInput('timeInHand', HANDS);
    fixture.detectChanges();
    await fixture.whenStable();
    const text = () =>
      ((fixture.nativeElement as HTMLElement).querySelector('.in-hand')?.textContent ?? '')
        .replace(/\s+/g, ' ')
        .trim();
    expect(text()).toBe(
      'Di tangan instansi: PU Kota Surabaya 5 jam 20 menit UPT PJJ Malang 2 hari 3 jam (sedang memegang)',
    );
    TestBed.inject(LanguageService).use('en');
    fixture.detectChanges();
    await fixture.whenStable();
    expect(text()).toBe(
      'Time in hand: PU Kota Surabaya 5 h 20 min UPT PJJ Malang 2 d 3 h (holding now)',
    );
  });

  it('shows nothing about hands before anyone held the case', () => {
    TestBed.configureTestingModule({ imports: [CaseClocks], providers: webTestProviders() });
    const fixture = TestBed.createComponent(CaseClocks);
    fixture.componentRef.setInput('clocks', []);
    fixture.detectChanges();
    expect((fixture.nativeElement as HTMLElement).querySelector('.in-hand')).toBeNull();
  });
});
