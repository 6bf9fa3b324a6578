import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import type { ApiErrorBody, CaseDetail } from '@simpul/contracts';
import { webTestProviders } from '../../../testing/web-test-providers';
import { CaseTags } from './case-tags';

const CASE = {
  id: 'case-42',
  tags: ['urc'],
  version: 4,
  permissions: { update: true, inviteObserver: false, actions: [] },
} as unknown as CaseDetail;

describe('CaseTags', () => {
  let fixture: ComponentFixture<CaseTags>;
  let http: HttpTestingController;
  let changed: CaseDetail[];

  function create(detail: CaseDetail): HTMLElement {
    fixture = TestBed.createComponent(CaseTags);
    fixture.componentRef.setInput('detail', detail);
    changed = [];
    fixture.componentInstance.changed.subscribe((next) => changed.push(next));
    fixture.detectChanges();
    return fixture.nativeElement as HTMLElement;
  }

  beforeEach(() => {
    TestBed.configureTestingModule({ imports: [CaseTags], providers: webTestProviders() });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function typeTag(host: HTMLElement, value: string): Promise<void> {
    const input = host.querySelector<HTMLInputElement>('input');
    if (!input) throw new Error('no tag input');
    input.value = value;
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', keyCode: 13 }));
    await fixture.whenStable();
  }

  it('adds a normalised tag with the version seen and shows the saved case', async () => {
    const host = create(CASE);
    await typeTag(host, '  Jalan   Nasional ');
    const request = http.expectOne('/api/cases/case-42/tags');
    expect(request.request.method).toBe('PUT');
    expect(request.request.body).toEqual({ version: 4, tags: ['urc', 'jalan nasional'] });
    const saved = { ...CASE, tags: ['urc', 'jalan nasional'], version: 5 };
    request.flush(saved);
    await fixture.whenStable();
    expect(changed).toEqual([saved]);
  });

  it('refuses a tag that is too long before asking the API', async () => {
    const host = create(CASE);
    await typeTag(host, 'x'.repeat(40));
    http.expectNone('/api/cases/case-42/tags');
    expect(host.textContent).toContain('Label paling panjang 32 karakter.');
  });

  it('removes a tag, and shows the newer case when someone else changed it first', async () => {
    const host = create(CASE);
    host.querySelector<HTMLButtonElement>('button[matChipRemove]')?.click();
    await fixture.whenStable();
    const request = http.expectOne('/api/cases/case-42/tags');
    expect(request.request.body).toEqual({ version: 4, tags: [] });
    const current = { ...CASE, tags: ['urc', 'banjir'], version: 6 };
    const stale: ApiErrorBody = {
      statusCode: 409,
      code: 'STALE_VERSION',
      message: { id: 'Kasus telah diubah orang lain.', en: 'Someone else changed the case.' },
      details: { current },
    };
    request.flush(stale, { status: 409, statusText: 'Conflict' });
    await fixture.whenStable();
    expect(changed).toEqual([current]);
    expect(host.textContent).toContain('Kasus telah diubah orang lain.');
  });

  it('shows tags as links to the filtered inbox to someone who may not edit', () => {
    const host = create({ ...CASE, permissions: { ...CASE.permissions, update: false } });
    expect(host.querySelector('input')).toBeNull();
    const link = host.querySelector('a');
    expect(link?.textContent?.trim()).toBe('urc');
    expect(link?.getAttribute('href')).toBe('/kasus?tag=urc');
  });
});
