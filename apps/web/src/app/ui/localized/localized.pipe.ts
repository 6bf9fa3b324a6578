import { Pipe, type PipeTransform } from '@angular/core';
import { pickLanguage, type Bilingual } from '../../core/api-error';
import type { Language } from '../../core/language.service';

/** Picks the current language out of a bilingual text from the API: `text | localized: language()`. */
@Pipe({ name: 'localized' })
export class LocalizedPipe implements PipeTransform {
  transform(text: Bilingual | null | undefined, language: Language): string {
    return text ? pickLanguage(text, language) : '';
  }
}
