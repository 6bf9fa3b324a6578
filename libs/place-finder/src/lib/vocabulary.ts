import { COMMON_WORDS, FUNCTION_WORDS } from './common-words';
import { normalizeWord, spellingKey } from './normalize';

/** Looks up whether a word of a text is an ordinary word rather than (only) a name. */
export class Vocabulary {
  private readonly functionKeys: ReadonlySet<string>;
  private readonly ordinaryKeys: ReadonlySet<string>;

  constructor(functionWords = FUNCTION_WORDS, commonWords = COMMON_WORDS) {
    const toKey = (word: string): string => spellingKey(normalizeWord(word));
    this.functionKeys = new Set(functionWords.map(toKey));
    this.ordinaryKeys = new Set([...functionWords, ...commonWords].map(toKey));
  }

  /** Grammar words and chat fillers (see FUNCTION_WORDS). */
  isFunctionKey(key: string): boolean {
    return this.functionKeys.has(key);
  }

  /** Any ordinary word, including grammar words. */
  isOrdinaryKey(key: string): boolean {
    return this.ordinaryKeys.has(key);
  }

  isOrdinary(word: string): boolean {
    return this.isOrdinaryKey(spellingKey(normalizeWord(word)));
  }
}
