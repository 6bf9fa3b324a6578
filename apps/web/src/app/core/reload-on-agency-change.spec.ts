import { HttpClient } from '@angular/common/http';
import { HttpTestingController } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { ACTING_AGENCY_HEADER } from '@simpul/contracts';
import { Subject } from 'rxjs';
import {
  DPU_ADMIN,
  UPT_MALANG_OFFICER,
  clearDeviceStorage,
  signInAs,
  testUser,
  webTestProviders,
} from '../testing/web-test-providers';
import type { AuthService } from './auth.service';
import { agencyResource, reloadOnAgencyChange } from './reload-on-agency-change';

const TWO_AGENCIES = testUser({ memberships: [DPU_ADMIN, UPT_MALANG_OFFICER] });

/** A page that loads through `reloadOnAgencyChange`: each load stays open until ended. */
@Component({ template: '', changeDetection: ChangeDetectionStrategy.OnPush })
class LoadingPage {
  readonly caseId = signal('case-1');
  readonly loads: { agencyId: string | null; caseId: string; ended: boolean }[] = [];

  constructor() {
    reloadOnAgencyChange((agencyId, caseId) => {
      const load = { agencyId, caseId, ended: false };
      this.loads.push(load);
      const subscription = new Subject<void>().subscribe();
      subscription.add(() => (load.ended = true));
      return subscription;
    }, this.caseId);
  }
}

/** A page that reads through `agencyResource`, idle until a case is chosen. */
@Component({ template: '', changeDetection: ChangeDetectionStrategy.OnPush })
class ResourcePage {
  private readonly http = inject(HttpClient);
  readonly caseId = signal<string | null>(null);
  readonly detail = agencyResource({
    params: () => this.caseId() ?? undefined,
    stream: (id) => this.http.get<{ title: string }>(`/api/cases/${id}`),
  });
}

describe('reloadOnAgencyChange', () => {
  let auth: AuthService;
  let http: HttpTestingController;

  beforeEach(() => {
    clearDeviceStorage();
    TestBed.configureTestingModule({ providers: webTestProviders() });
    http = TestBed.inject(HttpTestingController);
    auth = signInAs(TWO_AGENCIES);
  });

  afterEach(() => {
    http.verify();
    clearDeviceStorage();
  });

  async function render<T>(component: new () => T): Promise<ComponentFixture<T>> {
    const fixture = TestBed.createComponent(component);
    await fixture.whenStable();
    return fixture;
  }

  it('loads for the acting agency, and again for the next one after the previous load is ended', async () => {
    const fixture = await render(LoadingPage);
    const page = fixture.componentInstance;
    expect(page.loads).toEqual([{ agencyId: 'agency-dpu', caseId: 'case-1', ended: false }]);

    auth.selectAgency('agency-upt-malang');
    await fixture.whenStable();
    expect(page.loads).toEqual([
      { agencyId: 'agency-dpu', caseId: 'case-1', ended: true },
      { agencyId: 'agency-upt-malang', caseId: 'case-1', ended: false },
    ]);
  });

  it('loads again when what it also follows changes, and not for the same agency chosen again', async () => {
    const fixture = await render(LoadingPage);
    const page = fixture.componentInstance;
    auth.selectAgency('agency-dpu');
    await fixture.whenStable();
    expect(page.loads.length).toBe(1);

    page.caseId.set('case-2');
    await fixture.whenStable();
    expect(page.loads.map((load) => [load.agencyId, load.caseId, load.ended])).toEqual([
      ['agency-dpu', 'case-1', true],
      ['agency-dpu', 'case-2', false],
    ]);
  });

  it('ends the running load with the page, and loads nothing after', async () => {
    const fixture = await render(LoadingPage);
    const page = fixture.componentInstance;
    fixture.destroy();
    expect(page.loads[0].ended).toBeTrue();
    auth.selectAgency('agency-upt-malang');
    await new Promise((resolve) => setTimeout(resolve));
    expect(page.loads.length).toBe(1);
  });

  it('agencyResource waits for its params, then reads again for another agency', async () => {
    const fixture = await render(ResourcePage);
    const page = fixture.componentInstance;
    http.expectNone('/api/cases/case-7');

    page.caseId.set('case-7');
    await new Promise((resolve) => setTimeout(resolve));
    const first = http.expectOne('/api/cases/case-7');
    expect(first.request.headers.get(ACTING_AGENCY_HEADER)).toBe('agency-dpu');
    first.flush({ title: 'untuk DPU' });
    await fixture.whenStable();
    expect(page.detail.value()).toEqual({ title: 'untuk DPU' });

    auth.selectAgency('agency-upt-malang');
    await new Promise((resolve) => setTimeout(resolve));
    // What the other agency was shown is not shown for this one while it loads.
    expect(page.detail.value()).toBeUndefined();
    const second = http.expectOne('/api/cases/case-7');
    expect(second.request.headers.get(ACTING_AGENCY_HEADER)).toBe('agency-upt-malang');
    second.flush({ title: 'untuk UPT' });
    await fixture.whenStable();
    expect(page.detail.value()).toEqual({ title: 'untuk UPT' });
  });
});
