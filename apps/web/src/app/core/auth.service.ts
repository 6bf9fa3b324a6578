import { HttpClient } from '@angular/common/http';
import { DOCUMENT, Injectable, computed, inject, signal } from '@angular/core';
import { Router } from '@angular/router';
import type {
  ChangePasswordRequest,
  CompleteTokenRequest,
  CurrentUser,
  Membership,
  MembershipRole,
  PasswordResetRequest,
  SessionResponse,
  SessionStateResponse,
  SignInRequest,
} from '@simpul/contracts';
import {
  catchError,
  finalize,
  firstValueFrom,
  map,
  of,
  shareReplay,
  tap,
  timeout,
  type Observable,
} from 'rxjs';

export const AUTH_PATHS = {
  signIn: '/api/auth/sign-in',
  refresh: '/api/auth/refresh',
  session: '/api/auth/session',
  signOut: '/api/auth/sign-out',
  me: '/api/auth/me',
  password: '/api/auth/password',
  resetRequest: '/api/auth/password-reset/request',
  resetComplete: '/api/auth/password-reset/complete',
  invitationComplete: '/api/auth/invitation/complete',
} as const;

export const SIGN_IN_PATH = '/masuk';
export const CHANGE_PASSWORD_PATH = '/ganti-sandi';
const RESTORE_TIMEOUT_MS = 10_000;
const AGENCY_STORAGE_PREFIX = 'simpul.agency.';
/** Roles that take complaints in (the API refuses humas and people without an agency). */
const COMPLAINT_RECORDER_ROLES: readonly MembershipRole[] = ['admin', 'petugas', 'pimpinan'];

interface Session {
  accessToken: string;
  user: CurrentUser;
}

/**
 * The signed-in user, their access token (kept in memory only; the refresh token lives in an
 * httpOnly cookie) and the agency they currently act for.
 */
@Injectable({ providedIn: 'root' })
export class AuthService {
  private readonly http = inject(HttpClient);
  private readonly router = inject(Router);
  private readonly document = inject(DOCUMENT);
  private readonly session = signal<Session | null>(null);
  private readonly chosenAgencyId = signal<string | null>(null);
  private refreshInFlight: Observable<SessionResponse> | null = null;

  readonly user = computed(() => this.session()?.user ?? null);
  readonly accessToken = computed(() => this.session()?.accessToken ?? null);
  readonly isSignedIn = computed(() => this.session() !== null);
  readonly isSuperadmin = computed(() => this.user()?.isSuperadmin ?? false);
  readonly memberships = computed<Membership[]>(() => this.user()?.memberships ?? []);
  readonly actingMembership = computed<Membership | null>(() => {
    const memberships = this.memberships();
    return memberships.find((m) => m.agencyId === this.chosenAgencyId()) ?? memberships[0] ?? null;
  });
  readonly actingAgencyId = computed(() => this.actingMembership()?.agencyId ?? null);
  /** Admin of the acting agency (not superadmin). */
  readonly isAgencyAdmin = computed(() => this.actingMembership()?.role === 'admin');
  /** May record a complaint (manual intake) for the acting agency. */
  readonly canRecordComplaints = computed(() => {
    const role = this.actingMembership()?.role;
    return role !== undefined && COMPLAINT_RECORDER_ROLES.includes(role);
  });
  readonly isMember = computed(() => this.memberships().length > 0);
  readonly canAdminister = computed(() => this.isSuperadmin() || this.isAgencyAdmin());
  /** Where a signed-in user lands: their cases, or agency management for a superadmin alone. */
  readonly homePath = computed(() =>
    !this.isMember() && this.isSuperadmin() ? '/admin/instansi' : '/kasus',
  );

  signIn(request: SignInRequest): Observable<CurrentUser> {
    return this.http.post<SessionResponse>(AUTH_PATHS.signIn, request).pipe(
      tap((response) => this.startSession(response)),
      map((response) => response.user),
    );
  }

  /**
   * Restores the session after a reload from the refresh cookie; never fails. Signed out is an
   * answer of the API (200, `session: null`), not a 401 in the browser's console on every visit.
   */
  restore(): Promise<void> {
    return firstValueFrom(
      this.http.post<SessionStateResponse>(AUTH_PATHS.session, {}).pipe(
        timeout(RESTORE_TIMEOUT_MS),
        map(({ session }) => {
          if (session) this.startSession(session);
          else this.session.set(null);
        }),
        catchError(() => of(undefined)),
      ),
    );
  }

  /** One refresh at a time: concurrent 401s share it, so the rotated cookie is used once. */
  refresh(): Observable<SessionResponse> {
    this.refreshInFlight ??= this.http.post<SessionResponse>(AUTH_PATHS.refresh, {}).pipe(
      tap({
        next: (response) => this.startSession(response),
        error: () => this.session.set(null),
      }),
      finalize(() => (this.refreshInFlight = null)),
      shareReplay({ bufferSize: 1, refCount: false }),
    );
    return this.refreshInFlight;
  }

  signOut(): Observable<void> {
    return this.http.post<void>(AUTH_PATHS.signOut, {}).pipe(
      map(() => undefined),
      // Signing out on this device must work even when the server cannot be reached.
      catchError(() => of(undefined)),
      finalize(() => this.session.set(null)),
    );
  }

  /** The session ended elsewhere (expired, revoked): forget it and ask to sign in again. */
  expireSession(): void {
    this.session.set(null);
    const current = this.router.url;
    if (current.startsWith(SIGN_IN_PATH)) return;
    void this.router.navigate([SIGN_IN_PATH], {
      queryParams: current && current !== '/' ? { returnUrl: current } : {},
    });
  }

  changePassword(request: ChangePasswordRequest): Observable<void> {
    return this.http.post<void>(AUTH_PATHS.password, request).pipe(
      tap(() => {
        const session = this.session();
        if (session) {
          this.session.set({ ...session, user: { ...session.user, mustChangePassword: false } });
        }
      }),
    );
  }

  requestPasswordReset(request: PasswordResetRequest): Observable<void> {
    return this.http.post<void>(AUTH_PATHS.resetRequest, request);
  }

  completePasswordReset(request: CompleteTokenRequest): Observable<void> {
    return this.http.post<void>(AUTH_PATHS.resetComplete, request);
  }

  completeInvitation(request: CompleteTokenRequest): Observable<void> {
    return this.http.post<void>(AUTH_PATHS.invitationComplete, request);
  }

  selectAgency(agencyId: string): void {
    const user = this.user();
    if (!user?.memberships.some((m) => m.agencyId === agencyId)) return;
    this.chosenAgencyId.set(agencyId);
    this.storage()?.setItem(AGENCY_STORAGE_PREFIX + user.id, agencyId);
  }

  private startSession(response: SessionResponse): void {
    this.session.set({ accessToken: response.accessToken, user: response.user });
    this.chosenAgencyId.set(
      this.storage()?.getItem(AGENCY_STORAGE_PREFIX + response.user.id) ?? null,
    );
  }

  private storage(): Storage | null {
    try {
      return this.document.defaultView?.localStorage ?? null;
    } catch {
      return null; // storage disabled by the browser's privacy settings
    }
  }
}
