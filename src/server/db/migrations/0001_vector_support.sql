-- pgvector is optional: PGlite ships it, Debian's PostgreSQL does not. Where it is available the extension is
-- enabled and vector columns (jobs.embedding_vec, candidates.embedding_vec) are added beside the portable real[]
-- embeddings, kept equal to them by a trigger (the application only ever writes `embedding`); elsewhere cosine
-- similarity is computed over real[] by parley_cosine_similarity().
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'vector') THEN
    CREATE EXTENSION IF NOT EXISTS vector;
    -- EXECUTE keeps the vector type out of the parsed body, so this block never fails where pgvector is absent.
    -- The columns have no fixed dimension: embedding models differ between installations.
    EXECUTE 'ALTER TABLE jobs ADD COLUMN IF NOT EXISTS embedding_vec vector';
    EXECUTE 'ALTER TABLE candidates ADD COLUMN IF NOT EXISTS embedding_vec vector';
    EXECUTE $fn$
      CREATE OR REPLACE FUNCTION parley_mirror_embedding() RETURNS trigger LANGUAGE plpgsql AS $body$
      BEGIN
        NEW.embedding_vec := NEW.embedding::vector;
        RETURN NEW;
      END
      $body$
    $fn$;
    EXECUTE 'CREATE OR REPLACE TRIGGER jobs_embedding_vec BEFORE INSERT OR UPDATE OF embedding ON jobs FOR EACH ROW EXECUTE FUNCTION parley_mirror_embedding()';
    EXECUTE 'CREATE OR REPLACE TRIGGER candidates_embedding_vec BEFORE INSERT OR UPDATE OF embedding ON candidates FOR EACH ROW EXECUTE FUNCTION parley_mirror_embedding()';
  END IF;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION parley_cosine_similarity(a real[], b real[]) RETURNS double precision
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT CASE WHEN norm_a = 0 OR norm_b = 0 THEN 0 ELSE dot / (norm_a * norm_b) END
  FROM (
    SELECT sum(x * y) AS dot, sqrt(sum(x * x)) AS norm_a, sqrt(sum(y * y)) AS norm_b
    FROM unnest(a, b) AS t(x, y)
  ) AS s
$$;
