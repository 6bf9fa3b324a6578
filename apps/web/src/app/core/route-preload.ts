import type { Injector } from '@angular/core';
import { convertToParamMap, type Route, type Routes } from '@angular/router';
import { filtersFromParams, inboxQuery } from '../pages/cases/case-list/inbox-filters';
import { AuthService } from './auth.service';
import { CasesService } from './cases.service';
import { CommentsService } from './comments.service';

/** The leaf route that `path` opens, following Angular's matching of plain and `:param` parts. */
export function routeFor(routes: Routes, path: string): Route | null {
  return match(
    routes,
    path
      .split(/[?#]/)[0]
      .split('/')
      .filter((segment) => segment !== ''),
  );
}

function match(routes: Routes, segments: string[]): Route | null {
  for (const route of routes) {
    if (route.path === undefined || route.path === '**') continue;
    const own = route.path.split('/').filter((part) => part !== '');
    if (own.length > segments.length) continue;
    if (!own.every((part, i) => part.startsWith(':') || part === segments[i])) continue;
    const rest = segments.slice(own.length);
    if (route.children) {
      const child = match(route.children, rest);
      if (child) return child;
    } else if (rest.length === 0) {
      return route;
    }
  }
  return null;
}

/**
 * Starts loading the code of the page being opened at once, while the session is restored: on a
 * phone link the two round trips then overlap instead of following each other. The router's own
 * load later finds the module already there. A failure here is the router's to report.
 */
export function preloadRouteOf(routes: Routes, path: string): void {
  const loaded = routeFor(routes, path)?.loadComponent?.();
  if (loaded instanceof Promise) loaded.catch(() => undefined);
}

/**
 * Once the session is restored, starts reading the data of the page being opened (the inbox's
 * first page; a case and its discussion), while the page's code still starts: the page's own
 * reads then take these answers ({@link EarlyReads}) instead of waiting another round trip.
 */
export function readAheadFor(injector: Injector, routes: Routes, url: string): void {
  const auth = injector.get(AuthService);
  if (!auth.actingAgencyId() || auth.user()?.mustChangePassword) return;
  const { pathname, searchParams } = new URL(url, 'http://localhost');
  const route = routeFor(routes, pathname);
  if (route?.path === 'kasus') {
    const query: Record<string, string> = {};
    searchParams.forEach((value, name) => (query[name] = value));
    const params = convertToParamMap(query);
    injector.get(CasesService).prefetchInbox(inboxQuery(filtersFromParams(params), null));
  } else if (route?.path === 'kasus/:id') {
    const id = decodeURIComponent(pathname.split('/').filter((part) => part !== '')[1] ?? '');
    if (!id) return;
    injector.get(CasesService).prefetch(id);
    injector.get(CommentsService).prefetch(id);
  }
}
