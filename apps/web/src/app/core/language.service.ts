import { DOCUMENT, Injectable, inject, signal } from '@angular/core';
import { TranslateLoader, TranslateService, type TranslationObject } from '@ngx-translate/core';
import { from, of, type Observable } from 'rxjs';
import id from '../../i18n/id.json';

export const LANGUAGES = ['id', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'id';
const STORAGE_KEY = 'simpul.lang';

/**
 * Indonesian ships inside the first load (no extra request, works offline); English is its own
 * file, fetched when someone chooses it (it was 69 kB of the first load; issue #14 item 6).
 */
@Injectable()
export class AppTranslateLoader implements TranslateLoader {
  getTranslation(lang: string): Observable<TranslationObject> {
    return lang === 'en'
      ? from(import('../../i18n/en.json').then((module) => module.default as TranslationObject))
      : of(id);
  }
}

function isLanguage(value: string | null): value is Language {
  return value !== null && (LANGUAGES as readonly string[]).includes(value);
}

/** Indonesian first; the user's choice of English is remembered on this device. */
@Injectable({ providedIn: 'root' })
export class LanguageService {
  private readonly translate = inject(TranslateService);
  private readonly document = inject(DOCUMENT);
  private readonly current = signal<Language>(DEFAULT_LANGUAGE);
  readonly language = this.current.asReadonly();

  restore(): void {
    const saved = this.storage()?.getItem(STORAGE_KEY) ?? null;
    this.use(isLanguage(saved) ? saved : DEFAULT_LANGUAGE);
  }

  use(language: Language): void {
    this.current.set(language);
    this.translate.use(language);
    this.document.documentElement.lang = language;
    this.storage()?.setItem(STORAGE_KEY, language);
  }

  private storage(): Storage | null {
    try {
      return this.document.defaultView?.localStorage ?? null;
    } catch {
      return null; // storage disabled by the browser's privacy settings
    }
  }
}
