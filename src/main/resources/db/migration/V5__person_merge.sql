-- mergePeople(source, target) (issue #5) moves the source's spellings, mentions, candidacies and rejected links to the
-- target and deletes the source's row. This record keeps what unmergePeople needs to put the source back exactly as
-- it was, and lets the source's id keep answering: person(id: source) follows it to the target.
CREATE TABLE person_merge (
    -- No foreign keys: the source row is gone while merged, and the target may itself be merged further (a chain
    -- that lookups follow). The service refuses to delete a person others were merged into.
    source_id bigint      PRIMARY KEY,
    target_id bigint      NOT NULL,
    merged_at timestamptz NOT NULL DEFAULT now(),
    actor     text        NOT NULL,
    -- The source as it was (row, spellings, mentions, candidacies, rejected links) and what the merge did with each.
    snapshot  jsonb       NOT NULL,
    CHECK (source_id <> target_id)
);
CREATE INDEX person_merge_target_idx ON person_merge (target_id);
