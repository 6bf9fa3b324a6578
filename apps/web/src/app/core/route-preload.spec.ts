import { HttpTestingController } from '@angular/common/http/testing';
import { Injector } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { Routes } from '@angular/router';
import { routes } from '../app.routes';
import {
  UPT_MALANG_OFFICER,
  clearDeviceStorage,
  signInAs,
  testUser,
  webTestProviders,
} from '../testing/web-test-providers';
import { CasesService } from './cases.service';
import { CommentsService } from './comments.service';
import { preloadRouteOf, readAheadFor, routeFor } from './route-preload';

describe('routeFor / preloadRouteOf (the page being opened loads during the session check)', () => {
  it('finds the page of the app routes that a first load opens', () => {
    expect(routeFor(routes, '/kasus')?.path).toBe('kasus');
    expect(routeFor(routes, '/kasus?q=jalan')?.path).toBe('kasus');
    expect(routeFor(routes, '/kasus/baru')?.path).toBe('kasus/baru');
    expect(routeFor(routes, '/kasus/6f1c2c9e-1d2b-4c55-9f0e-5a1c1d1e2f30')?.path).toBe('kasus/:id');
    expect(routeFor(routes, '/kasus/6f1c2c9e/cetak')?.path).toBe('kasus/:id/cetak');
    expect(routeFor(routes, '/admin/pengguna')?.path).toBe('pengguna');
    expect(routeFor(routes, '/lacak/SMP-2026-000007')?.path).toBe('lacak/:caseNumber');
    expect(routeFor(routes, '/')?.path).toBe('');
    expect(routeFor(routes, '/tidak/ada/halaman')).toBeNull();
  });

  it('starts loading that page only', async () => {
    const list = jasmine.createSpy('list').and.resolveTo(class {});
    const detail = jasmine.createSpy('detail').and.resolveTo(class {});
    const fake: Routes = [
      {
        path: '',
        children: [
          { path: 'kasus', loadComponent: list },
          { path: 'kasus/:id', loadComponent: detail },
        ],
      },
    ];
    preloadRouteOf(fake, '/kasus/42');
    expect(detail).toHaveBeenCalledTimes(1);
    expect(list).not.toHaveBeenCalled();
    preloadRouteOf(fake, '/nowhere');
    expect(list).not.toHaveBeenCalled();
  });
});

describe("readAheadFor (the page's first data is read while its code starts)", () => {
  let http: HttpTestingController;
  let injector: Injector;

  beforeEach(() => {
    clearDeviceStorage();
    TestBed.configureTestingModule({ providers: webTestProviders() });
    http = TestBed.inject(HttpTestingController);
    injector = TestBed.inject(Injector);
  });

  afterEach(() => {
    http.verify();
    clearDeviceStorage();
  });

  it('reads a case and its discussion once, and the page takes those answers', () => {
    signInAs(testUser({ memberships: [UPT_MALANG_OFFICER] }));
    readAheadFor(injector, routes, '/kasus/case-42');
    const early = http.expectOne('/api/cases/case-42');
    expect(early.request.headers.get('x-simpul-agency')).toBe(UPT_MALANG_OFFICER.agencyId);
    const comments = http.expectOne('/api/cases/case-42/comments');
    // The page asks while the answers are still on their way: no second request.
    const seen: unknown[] = [];
    TestBed.inject(CasesService)
      .get('case-42')
      .subscribe((detail) => seen.push(detail));
    TestBed.inject(CommentsService)
      .list('case-42')
      .subscribe((list) => seen.push(list));
    http.expectNone('/api/cases/case-42');
    early.flush({ id: 'case-42' });
    comments.flush([]);
    expect(seen).toEqual([{ id: 'case-42' }, []]);
    // Taken once: a later read asks again.
    TestBed.inject(CasesService).get('case-42').subscribe();
    http.expectOne('/api/cases/case-42').flush({ id: 'case-42' });
  });

  it("reads the inbox's first page with the filters of the link, as the inbox asks for it", () => {
    signInAs(testUser({ memberships: [UPT_MALANG_OFFICER] }));
    readAheadFor(injector, routes, '/kasus?status=new&q=jalan%20rusak');
    const early = http.expectOne((r) => r.url === '/api/cases/inbox');
    expect(early.request.params.get('status')).toBe('new');
    expect(early.request.params.get('q')).toBe('jalan rusak');
    expect(early.request.params.get('limit')).toBe('50');
    early.flush({ items: [], nextCursor: null, total: 0, totalIsEstimate: false });
  });

  it('reads nothing for other pages, or signed out, or without an agency', () => {
    readAheadFor(injector, routes, '/kasus/case-42');
    signInAs(testUser({ memberships: [] }));
    readAheadFor(injector, routes, '/kasus');
    signInAs(testUser({ memberships: [UPT_MALANG_OFFICER] }));
    readAheadFor(injector, routes, '/kasus/baru');
    readAheadFor(injector, routes, '/pelimpahan');
    http.expectNone(() => true);
  });
});
