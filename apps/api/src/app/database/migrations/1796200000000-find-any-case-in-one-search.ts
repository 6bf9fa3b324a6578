import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_DB_ROLE } from '../app-role';

/**
 * The short forms of WhatsApp and LAPOR! text and the word each stands for: THE list, in one
 * function, `simpul_search_forms`. A query word stands for its whole group (the full word and all
 * its short forms: "jalan", "jln" and "jl" each find all three), which is the same as writing every
 * text and query in full words, without rewriting what reporters wrote. Only forms that mean one
 * thing in a complaint; a later change is a new migration that replaces the function.
 */
export const SEARCH_ABBREVIATIONS: Record<string, string> = {
  jl: 'jalan',
  jln: 'jalan',
  gg: 'gang',
  kec: 'kecamatan',
  kab: 'kabupaten',
  kel: 'kelurahan',
  ds: 'desa',
  dsn: 'dusun',
  prov: 'provinsi',
  jemb: 'jembatan',
  tlg: 'tolong',
  tlng: 'tolong',
  mhn: 'mohon',
  bnyk: 'banyak',
  byk: 'banyak',
  sdh: 'sudah',
  udh: 'sudah',
  udah: 'sudah',
  blm: 'belum',
  yg: 'yang',
  dgn: 'dengan',
  dg: 'dengan',
  tdk: 'tidak',
  gak: 'tidak',
  gk: 'tidak',
  krn: 'karena',
  karna: 'karena',
  utk: 'untuk',
  untk: 'untuk',
  dpn: 'depan',
  blkg: 'belakang',
  dkt: 'dekat',
  sblh: 'sebelah',
  skt: 'sekitar',
  sktr: 'sekitar',
  rsk: 'rusak',
  lbg: 'lubang',
  lbng: 'lubang',
  lmp: 'lampu',
  mtr: 'motor',
  kndrn: 'kendaraan',
  bhy: 'bahaya',
  sgr: 'segera',
  msh: 'masih',
  skrg: 'sekarang',
  kmrn: 'kemarin',
  bln: 'bulan',
  thn: 'tahun',
  hr: 'hari',
  mgg: 'minggu',
  pdhl: 'padahal',
  bbrp: 'beberapa',
  tsb: 'tersebut',
  spt: 'seperti',
  hrs: 'harus',
  dlm: 'dalam',
  jg: 'juga',
  lg: 'lagi',
  sy: 'saya',
  no: 'nomor',
  bpk: 'bapak',
};

/**
 * The categories' Indonesian labels (the web's `caseCategories`), so that the category counts as
 * text: "drainase" finds a drainage case whose text never says it. An unknown category is its
 * code with spaces.
 */
export const CATEGORY_SEARCH_TEXT: Record<string, string> = {
  jalan_rusak: 'Jalan rusak',
  jembatan: 'Jembatan',
  drainase: 'Drainase',
  longsor: 'Longsor',
  pju: 'Penerangan jalan umum (PJU)',
  rambu_marka: 'Rambu dan marka',
  pohon_tumbang: 'Pohon tumbang',
  galian_utilitas: 'Galian utilitas',
  lainnya: 'Lainnya',
};

const json = (value: Record<string, string>) =>
  `'${JSON.stringify(value).replace(/'/g, "''")}'::jsonb`;

/** What a case is found by, weighted: title, description, category label. */
const SEARCH_VECTOR = `
  setweight(to_tsvector('indonesian', coalesce("title", '')), 'A')
  || setweight(to_tsvector('indonesian', coalesce("description", '')), 'B')
  || setweight(to_tsvector('indonesian', simpul_category_text("category")), 'C')`;

const OLD_SEARCH_VECTOR = `
  setweight(to_tsvector('indonesian', coalesce("title", '')), 'A')
  || setweight(to_tsvector('indonesian', coalesce("description", '')), 'B')`;

/** The columns of `case_inbox` as they are (the view lists `case`'s columns at its creation). */
const INBOX_COLUMNS = `c.id, c.number, c.title, c.description, c.classification, c.channel, c.category,
  c.status, c.regency_code, c.location_text, c.incident_date, c.created_at, c.updated_at,
  c.intake_agency_id, c.version, c.closed_at, c.status_before_hold, c.priority, c.tags,
  c.last_event_seq, c.lat, c.lng, c.province_code, c.district_code, c.village_code,
  c.location_confidence, c.location_source, c.location_updated_at, c.search_vector,
  c.merged_into_case_id, c.merged_at, c.merged_by, c.participant_agency_ids, c.next_deadline,
  c.sla_escalated`;

const INBOX_VIEW = `
  CREATE VIEW "case_inbox" AS
  SELECT ${INBOX_COLUMNS} FROM "case" c
  WHERE (SELECT current_setting('simpul.system', true) = 'on')
     OR c.participant_agency_ids && (SELECT simpul_readable_agencies())`;

/** A case's vector column, with the view that lists it and the two indexes over it. */
async function replaceSearchVector(q: QueryRunner, expression: string): Promise<void> {
  await q.query(`DROP VIEW "case_inbox"`);
  await q.query(`ALTER TABLE "case" DROP COLUMN "search_vector"`);
  await q.query(
    `ALTER TABLE "case" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (${expression}) STORED`,
  );
  await q.query(`CREATE INDEX "ix_case_search" ON "case" USING gin ("search_vector")`);
  await q.query(
    `CREATE INDEX "ix_case_agency_search" ON "case" USING gin ("participant_agency_ids", "search_vector")`,
  );
  await q.query(INBOX_VIEW);
  await q.query(`GRANT SELECT ON "case_inbox" TO ${APP_DB_ROLE}`);
}

/** The dictionary's words of a case: its title's, description's and category label's. */
const COLLECT_WORDS = (source: string) => `
  SELECT lexeme FROM unnest(to_tsvector('simple', ${source}))
  WHERE length(lexeme) BETWEEN 3 AND 40 AND lexeme !~ '^[0-9]+$'`;

/**
 * The search query: each word of the query (up to eight), widened to the words it may stand for,
 * and then all required:
 * - the word and the other forms of its group (`simpul_search_forms`: "jln" is also "jalan" and
 *   "jl"), stemmed as the documents are;
 * - from three letters, the dictionary words it starts (as typed so far), or a prefix match when
 *   it starts more than a dozen;
 * - from four letters, the dictionary words one edit away, an adjacent transposition included
 *   ("lubnag" → "lubang", "jlaan" → "jalan"): words that share the word or a one-letter deletion of
 *   it (`search_word.variants`, GIN-indexed), the closest four by trigram similarity;
 * - up to four dictionary words at trigram similarity ≥ 0.5 (longer words with two typos,
 *   "singosarri").
 */
const SEARCH_QUERY = `
  CREATE OR REPLACE FUNCTION simpul_search_query(p_query text) RETURNS tsquery
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public
  SET pg_trgm.similarity_threshold = 0.5 AS $$
  DECLARE
    v_token text;
    v_forms text[];
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
      END IF;
      v_forms := simpul_search_forms(v_token);
      FOREACH v_word IN ARRAY v_forms LOOP
        IF v_word <> v_token THEN
          v_alternatives := v_alternatives || plainto_tsquery('indonesian', v_word);
        END IF;
      END LOOP;
      IF length(v_token) >= 3 THEN
        v_prefixed := ARRAY(
          SELECT word FROM search_word
          WHERE word LIKE replace(replace(replace(v_token, '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%'
          LIMIT 13);
        IF cardinality(v_prefixed) > 12 THEN
          v_alternatives := v_alternatives || to_tsquery('simple', quote_literal(v_token) || ':*');
        ELSE
          FOREACH v_word IN ARRAY v_prefixed LOOP
            v_alternatives := v_alternatives || plainto_tsquery('indonesian', v_word);
          END LOOP;
        END IF;
      END IF;
      IF length(v_token) >= 4 AND cardinality(v_forms) = 1 THEN
        FOR v_word IN
          SELECT word FROM search_word
          WHERE variants && simpul_word_variants(v_token) AND word <> v_token
          ORDER BY similarity(word, v_token) DESC, word LIMIT 4
        LOOP
          v_alternatives := v_alternatives || plainto_tsquery('indonesian', v_word);
        END LOOP;
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
  $$`;

/** The function as migration SearchPrefixAsWords left it. */
const OLD_SEARCH_QUERY = `
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
      END IF;
      IF length(v_token) >= 3 THEN
        v_prefixed := ARRAY(
          SELECT word FROM search_word
          WHERE word LIKE replace(replace(replace(v_token, '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%'
          LIMIT 13);
        IF cardinality(v_prefixed) > 12 THEN
          v_alternatives := v_alternatives || to_tsquery('simple', quote_literal(v_token) || ':*');
        ELSE
          FOREACH v_word IN ARRAY v_prefixed LOOP
            v_alternatives := v_alternatives || plainto_tsquery('indonesian', v_word);
          END LOOP;
        END IF;
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
  $$`;

/**
 * Issue #14, "find any case in one search": what officers type when a citizen calls.
 * - Short forms of WhatsApp and LAPOR! text count as their full words on both sides: a query
 *   word stands for its group (`simpul_search_forms`), so "jalan rusak" finds "Jln rusak parah"
 *   and "jln rusak" finds "Jalan rusak". (Adding the full words to every stored text instead
 *   tripled the cost of indexing a case: 155 against 48 µs.)
 * - The category's Indonesian label is part of a case's search vector (weight C).
 * - One typo, an adjacent transposition included, finds the word: the dictionary keeps each word's
 *   one-letter deletions (`search_word.variants`, GIN), the classic deletion-neighbourhood index.
 * - The reporter's phone in one form (`case_report.reporter_phone_key`, 62…, the rule of
 *   `normalisePhone` in common/phone.ts) for exact matches; never for an anonymous report (null),
 *   and the inbox matches it only where the access policy lets the reader see the contact.
 * The vector column is recomputed for the category (the table is rewritten once): at a million
 * cases this takes minutes, in a maintenance window.
 */
export class FindAnyCaseInOneSearch1796200000000 implements MigrationInterface {
  name = 'FindAnyCaseInOneSearch1796200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION simpul_search_forms(p_word text) RETURNS text[]
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        WITH list AS (SELECT ${json(SEARCH_ABBREVIATIONS)} AS short_forms),
        full_word AS (SELECT coalesce(short_forms ->> lower(p_word), lower(p_word)) AS word FROM list)
        SELECT array_agg(DISTINCT form ORDER BY form) FROM (
          SELECT word AS form FROM full_word
          UNION ALL
          SELECT f.key FROM list, full_word, jsonb_each_text(list.short_forms) f WHERE f.value = full_word.word
        ) forms
      $$`);
    await q.query(`
      CREATE FUNCTION simpul_category_text(p_category text) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT coalesce(${json(CATEGORY_SEARCH_TEXT)} ->> p_category, replace(p_category, '_', ' '))
      $$`);
    await q.query(`
      CREATE FUNCTION simpul_phone_key(p_contact text) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT CASE
          WHEN d ~ '^\\+?62[0-9]{8,13}$' THEN replace(d, '+', '')
          WHEN d ~ '^08[0-9]{8,12}$' THEN '62' || substr(d, 2)
        END
        FROM (SELECT regexp_replace(btrim(p_contact), '[[:space:]().-]', '', 'g') AS d) x
      $$`);
    await q.query(`
      CREATE FUNCTION simpul_word_variants(p_word text) RETURNS text[]
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT array_agg(DISTINCT v) FROM (
          SELECT p_word AS v
          UNION ALL
          SELECT overlay(p_word PLACING '' FROM i FOR 1) FROM generate_series(1, length(p_word)) i
        ) x
      $$`);

    await replaceSearchVector(q, SEARCH_VECTOR);

    await q.query(
      `ALTER TABLE "search_word" ADD COLUMN "variants" text[] GENERATED ALWAYS AS (simpul_word_variants("word")) STORED`,
    );
    await q.query(`CREATE INDEX "ix_search_word_variants" ON "search_word" USING gin ("variants")`);
    await q.query(`
      CREATE OR REPLACE FUNCTION simpul_collect_search_words() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
      BEGIN
        INSERT INTO search_word (word)
        ${COLLECT_WORDS(`coalesce(NEW.title, '') || ' ' || coalesce(NEW.description, '')
            || ' ' || simpul_category_text(NEW.category)`)}
        ON CONFLICT DO NOTHING;
        RETURN NULL;
      END
      $$`);
    await q.query(`DROP TRIGGER "tr_case_search_words" ON "case"`);
    await q.query(`
      CREATE TRIGGER "tr_case_search_words" AFTER INSERT OR UPDATE OF "title", "description", "category" ON "case"
      FOR EACH ROW EXECUTE FUNCTION simpul_collect_search_words()`);
    await q.query(`
      INSERT INTO search_word (word)
      SELECT DISTINCT lexeme FROM (SELECT DISTINCT category FROM "case") c,
        unnest(to_tsvector('simple', simpul_category_text(c.category)))
      WHERE length(lexeme) BETWEEN 3 AND 40 AND lexeme !~ '^[0-9]+$'
      ON CONFLICT DO NOTHING`);
    await q.query(SEARCH_QUERY);

    await q.query(`
      ALTER TABLE "case_report" ADD COLUMN "reporter_phone_key" varchar(16)
      GENERATED ALWAYS AS (CASE WHEN NOT "anonymous" THEN simpul_phone_key("reporter_contact") END) STORED`);
    await q.query(`
      CREATE INDEX "ix_case_report_phone_key" ON "case_report" ("reporter_phone_key")
      WHERE "reporter_phone_key" IS NOT NULL`);
    for (const fn of [
      'simpul_search_forms(text)',
      'simpul_category_text(text)',
      'simpul_phone_key(text)',
      'simpul_word_variants(text)',
    ]) {
      await q.query(`REVOKE ALL ON FUNCTION ${fn} FROM PUBLIC`);
      await q.query(`GRANT EXECUTE ON FUNCTION ${fn} TO ${APP_DB_ROLE}`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "ix_case_report_phone_key"`);
    await q.query(`ALTER TABLE "case_report" DROP COLUMN "reporter_phone_key"`);
    await q.query(OLD_SEARCH_QUERY);
    await q.query(`DROP TRIGGER "tr_case_search_words" ON "case"`);
    await q.query(`
      CREATE TRIGGER "tr_case_search_words" AFTER INSERT OR UPDATE OF "title", "description" ON "case"
      FOR EACH ROW EXECUTE FUNCTION simpul_collect_search_words()`);
    await q.query(`
      CREATE OR REPLACE FUNCTION simpul_collect_search_words() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
      BEGIN
        INSERT INTO search_word (word)
        ${COLLECT_WORDS(`coalesce(NEW.title, '') || ' ' || coalesce(NEW.description, '')`)}
        ON CONFLICT DO NOTHING;
        RETURN NULL;
      END
      $$`);
    await q.query(`DROP INDEX "ix_search_word_variants"`);
    await q.query(`ALTER TABLE "search_word" DROP COLUMN "variants"`);
    await replaceSearchVector(q, OLD_SEARCH_VECTOR);
    await q.query(`DROP FUNCTION simpul_word_variants(text)`);
    await q.query(`DROP FUNCTION simpul_phone_key(text)`);
    await q.query(`DROP FUNCTION simpul_category_text(text)`);
    await q.query(`DROP FUNCTION simpul_search_forms(text)`);
  }
}
