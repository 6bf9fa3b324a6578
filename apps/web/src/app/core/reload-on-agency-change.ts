import {
  DestroyRef,
  assertInInjectionContext,
  computed,
  inject,
  type ResourceRef,
  type Signal,
} from '@angular/core';
import { rxResource, takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import type { Observable, Unsubscribable } from 'rxjs';
import { AuthService } from './auth.service';

/*
 * Everything a signed-in page reads, it reads for the acting agency: the interceptor sends the
 * agency with every API call, and the server answers each agency differently (which cases, people,
 * keys and audit entries it may see). When the user switches agency, what is shown belongs to the
 * other one. Pages read through these helpers instead of each remembering to watch the switch.
 */

/**
 * Calls `load` now and again whenever the user acts for another agency, and, when `also` is
 * given, whenever it changes (the case shown, the filters of the URL). What `load` returns (a
 * subscription) is ended before the next load and when the caller is destroyed, so an answer for
 * the agency left behind never lands. Call it in an injection context (a constructor or a field).
 */
export function reloadOnAgencyChange<T = undefined>(
  load: (agencyId: string | null, also: T) => Unsubscribable | void,
  also?: Signal<T>,
): void {
  assertInInjectionContext(reloadOnAgencyChange);
  const auth = inject(AuthService);
  const request = computed(
    () => ({ agencyId: auth.actingAgencyId(), also: also ? also() : (undefined as T) }),
    { equal: (a, b) => a.agencyId === b.agencyId && Object.is(a.also, b.also) },
  );
  let running: Unsubscribable | void = undefined;
  inject(DestroyRef).onDestroy(() => running?.unsubscribe());
  toObservable(request)
    .pipe(takeUntilDestroyed())
    .subscribe(({ agencyId, also: value }) => {
      running?.unsubscribe();
      running = load(agencyId, value);
    });
}

export interface AgencyResourceOptions<T, P> {
  /** What else the read depends on; `undefined` keeps the resource idle (as with rxResource). */
  params?: () => P | undefined;
  stream: (params: P) => Observable<T>;
  defaultValue?: T;
}

/** An rxResource that also reads again whenever the user acts for another agency. */
export function agencyResource<T, P = null>(
  options: AgencyResourceOptions<T, P> & { defaultValue: NoInfer<T> },
): ResourceRef<T>;
export function agencyResource<T, P = null>(
  options: AgencyResourceOptions<T, P>,
): ResourceRef<T | undefined>;
export function agencyResource<T, P>(
  options: AgencyResourceOptions<T, P>,
): ResourceRef<T | undefined> {
  assertInInjectionContext(agencyResource);
  const auth = inject(AuthService);
  const params = options.params ?? (() => null as P);
  return rxResource({
    params: () => {
      const value = params();
      return value === undefined ? undefined : { value, agencyId: auth.actingAgencyId() };
    },
    stream: ({ params: { value } }) => options.stream(value),
    defaultValue: options.defaultValue,
  });
}
