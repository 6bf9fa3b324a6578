import type { Route, Routes } from '@angular/router';

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
