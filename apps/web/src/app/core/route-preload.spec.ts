import type { Routes } from '@angular/router';
import { routes } from '../app.routes';
import { preloadRouteOf, routeFor } from './route-preload';

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
