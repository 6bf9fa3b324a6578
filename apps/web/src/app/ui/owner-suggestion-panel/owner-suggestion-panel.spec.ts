import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import type { OwnerCandidate, OwnerSuggestion } from '@simpul/contracts';
import { signInAs, testUser, webTestProviders } from '../../testing/web-test-providers';
import { OwnerSuggestionPanel } from './owner-suggestion-panel';

function candidate(overrides: Partial<OwnerCandidate> = {}): OwnerCandidate {
  return {
    agencyId: 'agency-upt-malang',
    agencyShortName: 'UPT PJJ Malang',
    agencyName: 'UPT Pengelolaan Jalan dan Jembatan Malang',
    confidence: 'high',
    evidence: {
      segmentId: 'segment-1',
      segmentName: 'SAMPLE Malang–Kepanjen',
      linkNumber: '146',
      roadStatus: 'provinsi',
      distanceMeters: 12.4,
      segmentGeometry: {
        type: 'LineString',
        coordinates: [
          [112.6326, -7.9666],
          [112.572, -8.1302],
        ],
      },
      ruleId: null,
      ruleMode: null,
      registryVersionId: '0b6f1c2e-1111-4222-8333-944445555666',
      matchedText: null,
    },
    ...overrides,
  };
}

const ON_PROVINCIAL: OwnerSuggestion = {
  basis: 'segment',
  agencyId: 'agency-upt-malang',
  agencyShortName: 'UPT PJJ Malang',
  confidence: 'high',
  candidates: [candidate()],
  explanation: {
    id: 'Titik berada 12 m dari ruas provinsi SAMPLE Malang–Kepanjen (nomor ruas 146).',
    en: 'The point is 12 m from the provincial segment SAMPLE Malang–Kepanjen (link 146).',
  },
  roadStatus: 'provinsi',
  asOf: '2026-12-01',
};

const AT_JUNCTION: OwnerSuggestion = {
  basis: 'ambiguous',
  agencyId: null,
  agencyShortName: null,
  confidence: 'medium',
  candidates: [
    candidate(),
    candidate({
      agencyId: 'agency-bbpjn',
      agencyShortName: 'BBPJN Jatim–Bali',
      agencyName: 'Balai Besar Pelaksanaan Jalan Nasional Jawa Timur–Bali',
      confidence: 'medium',
      evidence: {
        ...candidate().evidence,
        segmentId: 'segment-2',
        segmentName: 'SAMPLE Jl. Raya Lawang',
        linkNumber: null,
        roadStatus: 'nasional',
        distanceMeters: 20.1,
      },
    }),
  ],
  explanation: { id: 'Titik berada di persimpangan.', en: 'The point is at a junction.' },
  roadStatus: null,
  asOf: '2026-12-01',
};

describe('OwnerSuggestionPanel', () => {
  let fixture: ComponentFixture<OwnerSuggestionPanel>;
  let http: HttpTestingController;
  const host = () => fixture.nativeElement as HTMLElement;
  /** Lets an answered resource settle (a microtask later); whenStable would wait for the map. */
  const settle = async () => {
    fixture.detectChanges();
    await new Promise((resolve) => setTimeout(resolve));
    fixture.detectChanges();
  };

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [OwnerSuggestionPanel],
      providers: webTestProviders(),
    });
    http = TestBed.inject(HttpTestingController);
    signInAs(testUser());
    fixture = TestBed.createComponent(OwnerSuggestionPanel);
  });

  afterEach(() => {
    // The small map asks for its background tiles' settings; location-map.spec covers them.
    http.match('/api/public/settings');
    http.verify();
  });

  it("asks the API for the case's suggestion and shows owner, confidence, sentence and evidence", async () => {
    fixture.componentRef.setInput('caseId', 'case-1');
    await settle();
    http.expectOne('/api/cases/case-1/owner-suggestion').flush(ON_PROVINCIAL);
    await settle();
    const text = host().textContent ?? '';
    expect(text).toContain('Disarankan: UPT PJJ Malang');
    expect(host().querySelector('.confidence')?.textContent?.trim()).toBe('Keyakinan tinggi');
    expect(text).toContain('Titik berada 12 m dari ruas provinsi SAMPLE Malang–Kepanjen');
    expect(text).toContain('Nomor ruas');
    expect(text).toContain('146');
    expect(text).toContain('12 m');
    expect(text).toContain('Jalan provinsi');
    expect(text).toContain('#0b6f1c2e');
    expect(text).toContain('SAMPLE (bukan data resmi)');
    expect(host().querySelector('sp-suggestion-map')).not.toBeNull();
  });

  it('shows the API refusal instead of a suggestion', async () => {
    fixture.componentRef.setInput('caseId', 'case-9');
    await settle();
    http
      .expectOne('/api/cases/case-9/owner-suggestion')
      .flush(
        { code: 'CASE_NOT_FOUND', message: { id: 'Kasus tidak ditemukan', en: 'Case not found' } },
        { status: 404, statusText: 'Not Found' },
      );
    await settle();
    expect(host().textContent).toContain('Kasus tidak ditemukan');
    expect(host().querySelector('.explanation')).toBeNull();
  });

  it('lists every candidate when ambiguous and emits the one chosen', async () => {
    fixture.componentRef.setInput('suggestion', AT_JUNCTION);
    fixture.componentRef.setInput('selectable', true);
    fixture.componentRef.setInput('excludeAgencyId', 'agency-upt-malang');
    const chosen: OwnerCandidate[] = [];
    fixture.componentInstance.agencyChosen.subscribe((c) => chosen.push(c));
    await settle();
    expect(host().textContent).toContain('Belum pasti: pilih salah satu instansi');
    const names = Array.from(host().querySelectorAll('.candidate strong')).map((e) =>
      e.textContent?.trim(),
    );
    expect(names).toEqual(['UPT PJJ Malang', 'BBPJN Jatim–Bali']);
    // The lead itself cannot be chosen: one button, for BBPJN.
    const buttons = host().querySelectorAll<HTMLButtonElement>('.candidate button');
    expect(buttons.length).toBe(1);
    buttons[0].click();
    await settle();
    expect(chosen.map((c) => c.agencyId)).toEqual(['agency-bbpjn']);
    expect(buttons[0].getAttribute('aria-pressed')).toBe('true');
  });

  it('shows only the suggested owner when the suggestion is not ambiguous, and no map without geometry or point', async () => {
    fixture.componentRef.setInput('suggestion', {
      ...ON_PROVINCIAL,
      basis: 'routing_rule',
      candidates: [
        candidate({
          evidence: {
            ...candidate().evidence,
            segmentGeometry: null,
            segmentName: null,
            linkNumber: null,
            roadStatus: null,
            distanceMeters: null,
            ruleId: 'rule-1234567890',
            ruleMode: 'direct',
          },
        }),
      ],
    });
    await settle();
    expect(host().textContent).toContain('Aturan (langsung)');
    expect(host().querySelector('sp-suggestion-map')).toBeNull();
  });
});
