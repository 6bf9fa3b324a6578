import { HttpErrorResponse, type HttpInterceptorFn, type HttpRequest } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { ACTING_AGENCY_HEADER } from '@simpul/contracts';
import { catchError, switchMap, throwError } from 'rxjs';
import { apiErrorCode } from './api-error';
import { AUTH_PATHS, AuthService, CHANGE_PASSWORD_PATH } from './auth.service';

/** Endpoints whose 401 means "wrong credentials or token", never "access token expired". */
const NO_REFRESH_PATHS: readonly string[] = [
  AUTH_PATHS.signIn,
  AUTH_PATHS.refresh,
  AUTH_PATHS.session,
  AUTH_PATHS.signOut,
  AUTH_PATHS.resetRequest,
  AUTH_PATHS.resetComplete,
  AUTH_PATHS.invitationComplete,
];

function authorize(
  request: HttpRequest<unknown>,
  token: string | null,
  agencyId: string | null,
): HttpRequest<unknown> {
  const setHeaders: Record<string, string> = {};
  if (token) setHeaders['Authorization'] = `Bearer ${token}`;
  if (token && agencyId) setHeaders[ACTING_AGENCY_HEADER] = agencyId;
  return request.clone({ setHeaders });
}

/**
 * Sends the access token and the acting agency with every API call. On a 401 it refreshes the
 * session once and retries; when that fails the user is asked to sign in again.
 */
export const authInterceptor: HttpInterceptorFn = (request, next) => {
  if (!request.url.startsWith('/api/')) return next(request);
  const auth = inject(AuthService);
  const router = inject(Router);
  const mayRefresh = !NO_REFRESH_PATHS.includes(request.url);

  return next(authorize(request, auth.accessToken(), auth.actingAgencyId())).pipe(
    catchError((error: unknown) => {
      if (!(error instanceof HttpErrorResponse)) return throwError(() => error);
      if (error.status === 401 && mayRefresh) {
        return auth.refresh().pipe(
          catchError(() => {
            auth.expireSession();
            return throwError(() => error);
          }),
          switchMap(() => next(authorize(request, auth.accessToken(), auth.actingAgencyId()))),
        );
      }
      if (error.status === 403 && apiErrorCode(error) === 'PASSWORD_CHANGE_REQUIRED') {
        void router.navigateByUrl(CHANGE_PASSWORD_PATH);
      }
      return throwError(() => error);
    }),
  );
};
