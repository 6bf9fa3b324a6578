import { CHANGE_PASSWORD_PATH, SIGN_IN_PATH } from './auth.service';

/**
 * A `returnUrl` from the address bar is only followed inside this app, so a crafted sign-in link
 * cannot send the user to another site.
 */
export function safeReturnUrl(value: string | null | undefined): string | null {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.includes('\\')) {
    return null;
  }
  if (value.startsWith(SIGN_IN_PATH) || value.startsWith(CHANGE_PASSWORD_PATH)) return null;
  return value;
}
