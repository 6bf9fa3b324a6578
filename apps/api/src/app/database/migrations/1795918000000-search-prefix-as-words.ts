import { MigrationInterface, QueryRunner } from 'typeorm';

/** At most this many dictionary words stand for a prefix; more (a short prefix) keep `:*`. */
const PREFIX_WORDS = 12;

/** A word's prefix as the search used it before: every lexeme that starts with it. */
const PREFIX_MATCH = `
          IF length(v_token) >= 3 THEN
            v_alternatives := v_alternatives || to_tsquery('simple', quote_literal(v_token) || ':*');
          END IF;`;

/**
 * A word's prefix as the dictionary words that start with it, each stemmed as the documents are:
 * exact index entries, which GIN intersects with an agency's cases by skipping through them. A
 * prefix match is collected whole first ("jalan":* is every case mentioning a road: 72 ms for a
 * field unit's search against 21 ms for the word alone). Only a prefix that starts more than
 * ${PREFIX_WORDS} dictionary words keeps the prefix match.
 */
const PREFIX_WORDS_MATCH = `
          IF length(v_token) >= 3 THEN
            v_prefixed := ARRAY(
              SELECT word FROM search_word
              WHERE word LIKE replace(replace(replace(v_token, '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%'
              LIMIT ${PREFIX_WORDS + 1});
            IF cardinality(v_prefixed) > ${PREFIX_WORDS} THEN
              v_alternatives := v_alternatives || to_tsquery('simple', quote_literal(v_token) || ':*');
            ELSE
              FOREACH v_word IN ARRAY v_prefixed LOOP
                v_alternatives := v_alternatives || plainto_tsquery('indonesian', v_word);
              END LOOP;
            END IF;
          END IF;`;

/** `simpul_search_query` (migration AddSearchWords) with the given treatment of a word's prefix. */
function searchQueryFunction(prefix: string): string {
  return `
      CREATE OR REPLACE FUNCTION simpul_search_query(p_query text) RETURNS tsquery
      LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public
      SET pg_trgm.similarity_threshold = 0.5 AS $$
      DECLARE
        v_token text;
        v_word text;
        v_prefixed text[];
        v_alternatives tsquery;
        v_result tsquery;
      BEGIN
        FOR v_token IN
          SELECT lexeme FROM unnest(to_tsvector('simple', left(p_query, 200))) ORDER BY positions[1] LIMIT 8
        LOOP
          v_alternatives := plainto_tsquery('indonesian', v_token);
          IF numnode(v_alternatives) = 0 THEN
            CONTINUE; -- a stop word
          END IF;${prefix}
          FOR v_word IN
            SELECT word FROM search_word WHERE word % v_token AND word <> v_token
            ORDER BY similarity(word, v_token) DESC, word LIMIT 4
          LOOP
            v_alternatives := v_alternatives || plainto_tsquery('indonesian', v_word);
          END LOOP;
          v_result := CASE WHEN v_result IS NULL THEN v_alternatives ELSE v_result && v_alternatives END;
        END LOOP;
        RETURN v_result; -- null (nothing matches) when the query has no searchable word
      END
      $$`;
}

/**
 * Search words typed whole or in part become the dictionary's words (exact index entries) instead
 * of a prefix match wherever the prefix starts at most a dozen words.
 */
export class SearchPrefixAsWords1795918000000 implements MigrationInterface {
  name = 'SearchPrefixAsWords1795918000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(searchQueryFunction(PREFIX_WORDS_MATCH));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(searchQueryFunction(PREFIX_MATCH));
  }
}
