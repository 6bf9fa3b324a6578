import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_DB_ROLE } from '../app-role';

/**
 * Typo-tolerant inbox search that stays on indexes at a million cases. Trigram similarity against
 * every title cannot use an index for multi-word queries, so, as the pg_trgm documentation
 * suggests, the words of all cases are kept in a small dictionary (`search_word`, trigram-indexed):
 * each word of the query is widened to the similar dictionary words (and a prefix, for as-you-type),
 * and the resulting full-text query runs on the `search_vector` GIN index. The dictionary is never
 * shown to anyone; the search function returns only cases the actor may read.
 */
export class AddSearchWords1795894000000 implements MigrationInterface {
  name = 'AddSearchWords1795894000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "search_word" ("word" text PRIMARY KEY)`);
    await q.query(
      `CREATE INDEX "ix_search_word_trgm" ON "search_word" USING gin ("word" gin_trgm_ops)`,
    );
    await q.query(`
      CREATE FUNCTION simpul_collect_search_words() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
      BEGIN
        INSERT INTO search_word (word)
        SELECT lexeme FROM unnest(to_tsvector('simple',
          coalesce(NEW.title, '') || ' ' || coalesce(NEW.description, '')))
        WHERE length(lexeme) BETWEEN 3 AND 40 AND lexeme !~ '^[0-9]+$'
        ON CONFLICT DO NOTHING;
        RETURN NULL;
      END
      $$`);
    await q.query(`
      CREATE TRIGGER "tr_case_search_words" AFTER INSERT OR UPDATE OF "title", "description" ON "case"
      FOR EACH ROW EXECUTE FUNCTION simpul_collect_search_words()`);
    await q.query(`
      INSERT INTO search_word (word)
      SELECT word FROM ts_stat($$SELECT to_tsvector('simple', title || ' ' || description) FROM "case"$$)
      WHERE length(word) BETWEEN 3 AND 40 AND word !~ '^[0-9]+$'
      ON CONFLICT DO NOTHING`);

    // Each word of the query: itself (stemmed as the documents are), a prefix, and up to four
    // dictionary words at trigram similarity >= 0.5; the words are then all required.
    await q.query(`
      CREATE FUNCTION simpul_search_query(p_query text) RETURNS tsquery
      LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public
      SET pg_trgm.similarity_threshold = 0.5 AS $$
      DECLARE
        v_token text;
        v_word text;
        v_alternatives tsquery;
        v_result tsquery;
      BEGIN
        FOR v_token IN
          SELECT lexeme FROM unnest(to_tsvector('simple', left(p_query, 200))) ORDER BY positions[1] LIMIT 8
        LOOP
          v_alternatives := plainto_tsquery('indonesian', v_token);
          IF numnode(v_alternatives) = 0 THEN
            CONTINUE; -- a stop word
          END IF;
          IF length(v_token) >= 3 THEN
            v_alternatives := v_alternatives || to_tsquery('simple', quote_literal(v_token) || ':*');
          END IF;
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
      $$`);
    await q.query(`DROP FUNCTION IF EXISTS simpul_case_text_search(text)`);
    await q.query(`
      CREATE FUNCTION simpul_case_text_search(p_query text) RETURNS SETOF uuid
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
        SELECT c.id FROM "case" c
        WHERE c.search_vector @@ simpul_search_query(p_query)
          AND (current_setting('simpul.system', true) = 'on'
               OR c.participant_agency_ids && simpul_readable_agencies())
      $$`);
    for (const fn of ['simpul_search_query(text)', 'simpul_case_text_search(text)']) {
      await q.query(`REVOKE ALL ON FUNCTION ${fn} FROM PUBLIC`);
      await q.query(`GRANT EXECUTE ON FUNCTION ${fn} TO ${APP_DB_ROLE}`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION simpul_case_text_search(text)`);
    await q.query(`
      CREATE FUNCTION simpul_case_text_search(p_query text) RETURNS SETOF uuid
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
      SET pg_trgm.word_similarity_threshold = 0.5 AS $$
        SELECT c.id FROM "case" c
        WHERE (c.search_vector @@ websearch_to_tsquery('indonesian', p_query) OR p_query <% c.title)
          AND (current_setting('simpul.system', true) = 'on'
               OR c.participant_agency_ids && simpul_readable_agencies())
      $$`);
    await q.query(`REVOKE ALL ON FUNCTION simpul_case_text_search(text) FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION simpul_case_text_search(text) TO ${APP_DB_ROLE}`);
    await q.query(`DROP FUNCTION simpul_search_query(text)`);
    await q.query(`DROP TRIGGER "tr_case_search_words" ON "case"`);
    await q.query(`DROP FUNCTION simpul_collect_search_words()`);
    await q.query(`DROP TABLE "search_word"`);
  }
}
