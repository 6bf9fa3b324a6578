/** A message in Indonesian (first) and English, as every user-facing API error carries. */
export interface Bilingual {
  id: string;
  en: string;
}

export const bilingual = (id: string, en: string): Bilingual => ({ id, en });
