-- Search-as-you-type runs on every instance's in-memory name index (docs/name-resolution-service.md); no query reads
-- name_variant.normalized through this trigram index any more, yet every imported spelling paid for updating it
-- (a GIN entry per trigram), which was most of the database's work in a bulk import.
DROP INDEX IF EXISTS name_variant_normalized_trgm_idx;
