import { Injectable } from '@angular/core';
import { TranslateLoader, type TranslationObject } from '@ngx-translate/core';
import { of, type Observable } from 'rxjs';
import en from '../../i18n/en.json';
import id from '../../i18n/id.json';

const BUNDLED: Record<string, TranslationObject> = { id, en };

/**
 * Both languages at once, for tests: a switch to English shows at the next change detection, as
 * specs expect (the app fetches English when chosen: AppTranslateLoader).
 */
@Injectable()
export class BundledTranslateLoader implements TranslateLoader {
  getTranslation(lang: string): Observable<TranslationObject> {
    return of(BUNDLED[lang] ?? id);
  }
}
