/** A text in Indonesian (first) and English; the same shape as the API's `Bilingual`. */
export interface Bilingual {
  id: string;
  en: string;
}
