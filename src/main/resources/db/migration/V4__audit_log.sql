-- The editors' audit trail (issue #5): every editorial change, who made it, when, and the data before and after it.
-- Rows are only ever added; nothing updates or deletes them.

CREATE SEQUENCE audit_entry_seq INCREMENT BY 50;

CREATE TABLE audit_entry (
    id         bigint      PRIMARY KEY DEFAULT nextval('audit_entry_seq'),
    -- What was done: the name of the mutation (createPerson, mergePeople, confirmMention, ...).
    action     text        NOT NULL CHECK (length(action) BETWEEN 1 AND 100),
    -- Who did it: the subject of the editor's token, or 'system' for work no request asked for.
    actor      text        NOT NULL CHECK (length(actor) BETWEEN 1 AND 300),
    at         timestamptz NOT NULL DEFAULT now(),
    -- The people the change concerns, so that auditLog(personId:) finds it (a merge concerns two).
    person_ids bigint[]    NOT NULL DEFAULT '{}',
    -- The data as it was and as it became; null when there was nothing before (a creation) or after (a deletion).
    before     jsonb,
    after      jsonb
);

-- auditLog lists newest first, and pages by (at, id).
CREATE INDEX audit_entry_at_idx ON audit_entry (at DESC, id DESC);
-- auditLog(personId:) finds a person's entries through this.
CREATE INDEX audit_entry_person_idx ON audit_entry USING gin (person_ids);
