import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { Injectable, inject, signal, type OnDestroy } from '@angular/core';
import type { HealthResponse } from '@simpul/contracts';
import { catchError, map, of, switchMap, timer, type Subscription } from 'rxjs';

export type ApiHealth =
  | { state: 'checking' }
  | { state: 'up'; version: string }
  | { state: 'down'; databaseDown: boolean };

export const HEALTH_POLL_MS = 15_000;

/** Live health of the API, polled while the app is open. */
@Injectable({ providedIn: 'root' })
export class HealthService implements OnDestroy {
  private readonly http = inject(HttpClient);
  private readonly current = signal<ApiHealth>({ state: 'checking' });
  private subscription: Subscription | null = null;
  readonly health = this.current.asReadonly();

  start(intervalMs = HEALTH_POLL_MS): void {
    if (this.subscription) return;
    this.subscription = timer(0, intervalMs)
      .pipe(
        switchMap(() =>
          this.http.get<HealthResponse>('/api/health').pipe(
            map((body): ApiHealth => ({ state: 'up', version: body.version })),
            catchError((error: HttpErrorResponse) =>
              // A 503 still carries the body: the API answers but its database does not.
              of<ApiHealth>({ state: 'down', databaseDown: error.status === 503 }),
            ),
          ),
        ),
      )
      .subscribe((health) => this.current.set(health));
  }

  ngOnDestroy(): void {
    this.subscription?.unsubscribe();
  }
}
