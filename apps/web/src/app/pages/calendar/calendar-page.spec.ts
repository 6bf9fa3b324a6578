import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import type { CalendarDay } from '@simpul/contracts';
import { signInAs, testUser, webTestProviders } from '../../testing/web-test-providers';
import { CALENDAR_NOW, CalendarPage, calendarDueYear } from './calendar-page';

const YEAR = Number(new Date().toISOString().slice(0, 4));
const HOLIDAYS: CalendarDay[] = [
  { date: `${YEAR}-08-17`, name: 'Hari Kemerdekaan', source: 'library' },
  { date: `${YEAR}-12-24`, name: 'Cuti bersama Natal', source: 'override' },
];

describe('CalendarPage', () => {
  let fixture: ComponentFixture<CalendarPage>;
  let http: HttpTestingController;

  /** Opens the page as of `now` (mid-year by default: no warning about next year). */
  async function open(isSuperadmin: boolean, now = `${YEAR}-06-15T03:00:00Z`): Promise<void> {
    TestBed.configureTestingModule({
      imports: [CalendarPage],
      providers: [...webTestProviders(), { provide: CALENDAR_NOW, useValue: () => new Date(now) }],
    });
    http = TestBed.inject(HttpTestingController);
    signInAs(testUser({ isSuperadmin }));
    fixture = TestBed.createComponent(CalendarPage);
    fixture.detectChanges();
    await fixture.whenStable();
    answer(YEAR);
    await settle();
  }

  function answer(
    year: number,
    overrides = [{ date: `${year}-12-24`, kind: 'holiday', name: 'Cuti bersama Natal' }],
  ) {
    http.expectOne(`/api/calendar/holidays?year=${year}`).flush(HOLIDAYS);
    http.expectOne(`/api/calendar/overrides?year=${year}`).flush(overrides);
  }

  afterEach(() => http.verify());

  const host = () => fixture.nativeElement as HTMLElement;
  const settle = async () => {
    fixture.detectChanges();
    await fixture.whenStable();
  };
  const button = (label: string) =>
    Array.from(host().querySelectorAll<HTMLButtonElement>('button')).find(
      (b) => b.textContent?.trim() === label,
    ) ?? null;

  it('lists the year’s holidays with their source and the corrections', async () => {
    await open(true);
    const rows = Array.from(host().querySelectorAll('table.days tbody tr')).map((r) =>
      Array.from(r.querySelectorAll('td'))
        .map((cell) => cell.textContent?.trim())
        .join(' | '),
    );
    expect(rows).toEqual([
      `17 Agu ${YEAR} | Hari Kemerdekaan | Pustaka hari libur`,
      `24 Des ${YEAR} | Cuti bersama Natal | Koreksi`,
    ]);
    expect(host().querySelector('ul.overrides')?.textContent).toContain(
      'Hari libur / cuti bersama',
    );
    // Another year is a click away.
    button(`${YEAR + 1} →`)?.click();
    await settle();
    answer(YEAR + 1, []);
    await settle();
    expect(host().textContent).toContain('Belum ada koreksi untuk tahun ini.');
  });

  it('lets the superadmin add a cuti bersama day and remove a correction', async () => {
    await open(true);
    const date = host().querySelector<HTMLInputElement>('#calendar-date');
    const name = host().querySelector<HTMLInputElement>('#calendar-name');
    if (!date || !name) throw new Error('no form');
    date.value = `${YEAR}-12-31`;
    date.dispatchEvent(new Event('input'));
    name.value = 'Cuti bersama akhir tahun';
    name.dispatchEvent(new Event('input'));
    await settle();
    button('Simpan koreksi')?.click();
    await settle();
    const put = http.expectOne('/api/calendar/overrides');
    expect(put.request.method).toBe('PUT');
    expect(put.request.body).toEqual({
      date: `${YEAR}-12-31`,
      kind: 'holiday',
      name: 'Cuti bersama akhir tahun',
    });
    put.flush(HOLIDAYS);
    await settle();
    answer(YEAR);
    await settle();

    host().querySelector<HTMLButtonElement>('ul.overrides button')?.click();
    await settle();
    const remove = http.expectOne(`/api/calendar/overrides/${YEAR}-12-24`);
    expect(remove.request.method).toBe('DELETE');
    remove.flush(null);
    await settle();
    answer(YEAR, []);
    await settle();
  });

  it('warns from November (WIB) that next year’s calendar is missing, and the superadmin pastes its decree', async () => {
    expect(calendarDueYear(new Date(`${YEAR}-10-31T16:59:00Z`))).toBeNull();
    expect(calendarDueYear(new Date(`${YEAR}-10-31T17:00:00Z`))).toBe(YEAR + 1);
    await open(true, `${YEAR}-11-10T03:00:00Z`);
    http
      .expectOne(`/api/calendar/holidays?year=${YEAR + 1}`)
      .flush([{ date: `${YEAR + 1}-01-01`, name: 'Tahun Baru Masehi', source: 'library' }]);
    await settle();
    expect(host().querySelector('.warning[role="alert"]')?.textContent).toContain(
      `Kalender ${YEAR + 1} belum dimasukkan.`,
    );

    button(`${YEAR + 1} →`)?.click();
    await settle();
    answer(YEAR + 1, []);
    await settle();
    const text = `${YEAR + 1}-01-01 Tahun Baru ${YEAR + 1} Masehi\n${YEAR + 1}-03-10 Cuti Bersama`;
    const area = host().querySelector<HTMLTextAreaElement>('#calendar-decree');
    if (!area) throw new Error('no decree field');
    area.value = text;
    area.dispatchEvent(new Event('input'));
    await settle();
    button(`Simpan SKB ${YEAR + 1}`)?.click();
    await settle();
    const put = http.expectOne(`/api/calendar/decrees/${YEAR + 1}`);
    expect(put.request.method).toBe('PUT');
    expect(put.request.body).toEqual({ text });
    put.flush([]);
    await settle();
    answer(YEAR + 1);
    await settle();
    expect(host().querySelector('.warning')).toBeNull();
  });

  it('does not warn an agency admin when next year’s calendar was entered', async () => {
    await open(false, `${YEAR}-11-10T03:00:00Z`);
    http
      .expectOne(`/api/calendar/holidays?year=${YEAR + 1}`)
      .flush([{ date: `${YEAR + 1}-01-01`, name: 'Tahun Baru Masehi', source: 'override' }]);
    await settle();
    expect(host().querySelector('.warning')).toBeNull();
    expect(host().querySelector('#calendar-decree')).toBeNull();
  });

  it('warns an agency admin too, who cannot enter the decree', async () => {
    await open(false, `${YEAR}-12-01T03:00:00Z`);
    http.expectOne(`/api/calendar/holidays?year=${YEAR + 1}`).flush([]);
    await settle();
    expect(host().querySelector('.warning')?.textContent).toContain(
      `Kalender ${YEAR + 1} belum dimasukkan.`,
    );
    expect(host().querySelector('#calendar-decree')).toBeNull();
  });

  it('shows an agency admin the calendar without editing it', async () => {
    await open(false);
    expect(host().querySelector('form.add')).toBeNull();
    expect(host().querySelector('ul.overrides button')).toBeNull();
    expect(host().textContent).toContain('Hanya superadmin yang dapat mengubah kalender kerja.');
  });
});
