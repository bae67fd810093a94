-- Mentions found in article bodies, with what the resolver thought of them (issue #4).

-- The mention's text folded the way name_variant.normalized is (SearchText): the review queue groups open
-- mentions by it, late linking looks them up by it, and editors' decisions apply to every mention sharing it.
ALTER TABLE mention ADD COLUMN normalized text;
UPDATE mention SET normalized = lower(text);
ALTER TABLE mention ALTER COLUMN normalized SET NOT NULL;
-- Open mentions (not yet linked by anyone) by spelling: the review queue and late linking read these.
CREATE INDEX mention_open_idx ON mention (normalized) WHERE status IN ('NEEDS_REVIEW', 'UNRESOLVED');

-- Why a mention got its status, for editors: the resolver's explanation and the detector's evidence.
ALTER TABLE mention ADD COLUMN explanation text[] NOT NULL DEFAULT '{}';

-- The people a mention may refer to, best first, as the resolver ranked them.
CREATE TABLE mention_candidate (
    mention_id bigint   NOT NULL REFERENCES mention (id) ON DELETE CASCADE,
    person_id  bigint   NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    rank       smallint NOT NULL CHECK (rank >= 0),
    score      real     NOT NULL CHECK (score BETWEEN 0 AND 1),
    PRIMARY KEY (mention_id, person_id)
);
CREATE INDEX mention_candidate_person_idx ON mention_candidate (person_id);

-- Editors' "not this person" (a negative pair): the spelling, folded as above, is never again linked to the
-- person automatically, though editors may still confirm it by hand.
CREATE TABLE rejected_link (
    person_id  bigint      NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    normalized text        NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (person_id, normalized)
);

