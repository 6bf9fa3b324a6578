import { DOCUMENT, Injectable, inject, signal } from '@angular/core';
import { TranslateLoader, TranslateService, type TranslationObject } from '@ngx-translate/core';
import { of, type Observable } from 'rxjs';
import en from '../../i18n/en.json';
import id from '../../i18n/id.json';

export const LANGUAGES = ['id', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'id';
const STORAGE_KEY = 'simpul.lang';

const BUNDLED: Record<Language, TranslationObject> = { id, en };

/** Translations ship inside the bundle: no extra request, and they work offline. */
@Injectable()
export class BundledTranslateLoader implements TranslateLoader {
  getTranslation(lang: string): Observable<TranslationObject> {
    return of(BUNDLED[lang as Language] ?? BUNDLED[DEFAULT_LANGUAGE]);
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
