import { inject } from '@angular/core';
import { Router, type CanActivateFn } from '@angular/router';
import { AuthService, CHANGE_PASSWORD_PATH, SIGN_IN_PATH } from './auth.service';

/** Signed-in users only; a user who must replace a temporary password goes there first. */
export const signedInGuard: CanActivateFn = (_route, state) => {
  const auth = inject(AuthService);
  const router = inject(Router);
  const user = auth.user();
  if (!user) return router.createUrlTree([SIGN_IN_PATH], { queryParams: { returnUrl: state.url } });
  if (user.mustChangePassword) {
    return router.createUrlTree([CHANGE_PASSWORD_PATH], { queryParams: { returnUrl: state.url } });
  }
  return true;
};

/** The password change page itself: any signed-in user, forced or not. */
export const passwordChangeGuard: CanActivateFn = (_route, state) => {
  const auth = inject(AuthService);
  return auth.isSignedIn()
    ? true
    : inject(Router).createUrlTree([SIGN_IN_PATH], { queryParams: { returnUrl: state.url } });
};

/** Sign-in and the public landing page send a signed-in user straight to their work. */
export const signedOutGuard: CanActivateFn = () => {
  const auth = inject(AuthService);
  const user = auth.user();
  if (!user) return true;
  return inject(Router).createUrlTree([
    user.mustChangePassword ? CHANGE_PASSWORD_PATH : auth.homePath(),
  ]);
};

/** Administration pages: an admin of the acting agency, or a superadmin. */
export const administratorGuard: CanActivateFn = () => {
  const auth = inject(AuthService);
  return auth.canAdminister() ? true : inject(Router).createUrlTree([auth.homePath()]);
};
