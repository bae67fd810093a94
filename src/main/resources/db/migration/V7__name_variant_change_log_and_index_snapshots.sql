-- Start-up from a snapshot (see docs/name-resolution-service.md, "Snapshots and the change log").
--
-- 1. A change log of name_variant, filled by statement-level triggers (one set-based INSERT and one notification per
--    statement, instead of a pg_notify per row). Every change carries the id of the transaction that made it: a
--    reader that remembers the snapshot (pg_current_snapshot()) of its last read asks only for the transactions that
--    were not visible then, so a change committed late, with a smaller id than changes already read, is never missed.
-- 2. Snapshots of the in-memory name index, written by any instance, stamped with the snapshot of the rows they
--    reflect, and tagged with the fingerprint of the name core that built them.

CREATE TABLE name_variant_change (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    xid        xid8        NOT NULL DEFAULT pg_current_xact_id(),
    -- 'U' the variant now has this person and spelling; 'D' it is gone; 'T' the table was emptied (TRUNCATE)
    op         char(1)     NOT NULL,
    variant_id bigint      NOT NULL,
    person_id  bigint,
    spelling   text,
    logged_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX name_variant_change_xid ON name_variant_change (xid);

CREATE FUNCTION log_name_variant_inserts() RETURNS trigger AS $$
BEGIN
    INSERT INTO name_variant_change (op, variant_id, person_id, spelling)
        SELECT 'U', n.id, n.person_id, n.spelling FROM new_rows n ORDER BY n.id;
    IF FOUND THEN
        PERFORM pg_notify('canonym_name_variant_log', '');
    END IF;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE FUNCTION log_name_variant_updates() RETURNS trigger AS $$
BEGIN
    -- Rows whose id changed are gone under the old id; rows whose person or spelling changed are set anew.
    INSERT INTO name_variant_change (op, variant_id, person_id, spelling)
        SELECT 'D', o.id, o.person_id, NULL FROM old_rows o WHERE NOT EXISTS (SELECT 1 FROM new_rows n WHERE n.id = o.id)
        ORDER BY o.id;
    INSERT INTO name_variant_change (op, variant_id, person_id, spelling)
        SELECT 'U', n.id, n.person_id, n.spelling FROM new_rows n
        WHERE NOT EXISTS (SELECT 1 FROM old_rows o
                          WHERE o.id = n.id AND o.person_id = n.person_id AND o.spelling = n.spelling)
        ORDER BY n.id;
    PERFORM pg_notify('canonym_name_variant_log', '');
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE FUNCTION log_name_variant_deletes() RETURNS trigger AS $$
BEGIN
    INSERT INTO name_variant_change (op, variant_id, person_id, spelling)
        SELECT 'D', o.id, o.person_id, NULL FROM old_rows o ORDER BY o.id;
    IF FOUND THEN
        PERFORM pg_notify('canonym_name_variant_log', '');
    END IF;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE FUNCTION log_name_variant_truncate() RETURNS trigger AS $$
BEGIN
    INSERT INTO name_variant_change (op, variant_id) VALUES ('T', 0);
    PERFORM pg_notify('canonym_name_variant_log', '');
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER name_variant_inserts_logged AFTER INSERT ON name_variant
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION log_name_variant_inserts();
CREATE TRIGGER name_variant_updates_logged AFTER UPDATE ON name_variant
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION log_name_variant_updates();
CREATE TRIGGER name_variant_deletes_logged AFTER DELETE ON name_variant
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION log_name_variant_deletes();
CREATE TRIGGER name_variant_truncate_logged AFTER TRUNCATE ON name_variant
    FOR EACH STATEMENT EXECUTE FUNCTION log_name_variant_truncate();

-- The per-row notifications of V2 are replaced by the log (instances of this version listen to the new channel).
DROP TRIGGER name_variant_changed ON name_variant;
DROP FUNCTION notify_name_variant_change();

-- Snapshots of the name index. stamp: the pg_snapshot whose visible rows the index reflects; the change log holds
-- every change not visible in it (pruning never removes one that a kept snapshot still needs).
CREATE TABLE name_index_snapshot (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    fingerprint text        NOT NULL,
    stamp       text        NOT NULL,
    spellings   integer     NOT NULL,
    bytes       bigint      NOT NULL,
    -- the newest change-log id visible in the stamp: how many changes came since is counted from it
    change_id   bigint      NOT NULL,
    taken_at    timestamptz NOT NULL,
    written_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX name_index_snapshot_fingerprint ON name_index_snapshot (fingerprint, id);

CREATE TABLE name_index_snapshot_chunk (
    snapshot_id bigint  NOT NULL REFERENCES name_index_snapshot (id) ON DELETE CASCADE,
    seq         integer NOT NULL,
    data        bytea   NOT NULL,
    PRIMARY KEY (snapshot_id, seq)
);
-- Mostly binary integers that pglz would hardly shrink: storing them as they are spares the CPU at both ends.
ALTER TABLE name_index_snapshot_chunk ALTER COLUMN data SET STORAGE EXTERNAL;

-- Changes of transactions below this id have been pruned from the log: a snapshot whose stamp does not see all of
-- them is useless (the instance rebuilds from the rows instead).
CREATE TABLE name_variant_change_pruned (
    only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
    below    xid8    NOT NULL
);
INSERT INTO name_variant_change_pruned (below) VALUES ('0');
