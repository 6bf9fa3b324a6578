import { SkipThrottle } from '@nestjs/throttler';

/** Per-IP limit of every route that needs no sign-in (`PUBLIC_RATE_LIMIT_PER_MINUTE`). */
export const PUBLIC_THROTTLE = 'public';
/** Stricter per-IP limit of routes that take guesses (`SIGN_IN_RATE_LIMIT_PER_MINUTE`). */
export const SIGN_IN_THROTTLE = 'sign-in';

/** Public, but takes no guesses: only the general public limit applies. */
export const PublicLimitOnly = () => SkipThrottle({ [SIGN_IN_THROTTLE]: true });
/** Signed-in routes inside a throttled controller: neither limit applies. */
export const NoPublicLimit = () =>
  SkipThrottle({ [SIGN_IN_THROTTLE]: true, [PUBLIC_THROTTLE]: true });
