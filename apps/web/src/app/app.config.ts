import { provideHttpClient, withFetch, withInterceptors } from '@angular/common/http';
import {
  DOCUMENT,
  inject,
  Injector,
  provideAppInitializer,
  provideBrowserGlobalErrorListeners,
  provideZonelessChangeDetection,
  type ApplicationConfig,
} from '@angular/core';
import { MAT_FORM_FIELD_DEFAULT_OPTIONS } from '@angular/material/form-field';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { provideTranslateLoader, provideTranslateService } from '@ngx-translate/core';
import { routes } from './app.routes';
import { authInterceptor } from './core/auth.interceptor';
import { AuthService } from './core/auth.service';
import { AppTranslateLoader, DEFAULT_LANGUAGE } from './core/language.service';
import { preloadRouteOf, readAheadFor } from './core/route-preload';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    provideRouter(routes, withComponentInputBinding()),
    provideHttpClient(withFetch(), withInterceptors([authInterceptor])),
    provideTranslateService({
      loader: provideTranslateLoader(AppTranslateLoader),
      fallbackLang: DEFAULT_LANGUAGE,
      lang: DEFAULT_LANGUAGE,
    }),
    // Hints and errors in Indonesian often run to two lines: let them push the next field down.
    { provide: MAT_FORM_FIELD_DEFAULT_OPTIONS, useValue: { subscriptSizing: 'dynamic' } },
    // Restore the session from the refresh cookie before the first route's guards run, while the
    // code of the page being opened loads.
    // Then the page's first data is read while its code starts (core/route-preload).
    provideAppInitializer(() => {
      const { pathname, search } = inject(DOCUMENT).location;
      const injector = inject(Injector);
      preloadRouteOf(routes, pathname);
      return inject(AuthService)
        .restore()
        .then(() => readAheadFor(injector, routes, pathname + search));
    }),
  ],
};
