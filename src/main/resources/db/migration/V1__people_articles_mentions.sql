-- Canonym's first schema: people and the spellings of their names, articles, and the mentions that link them.

-- Fuzzy matching on names (trigrams), accent folding and phonetic codes, for name resolution.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS fuzzystrmatch;

-- Ids come from sequences that Hibernate takes 50 at a time, so that bulk inserts can be batched.
CREATE SEQUENCE person_seq INCREMENT BY 50;
CREATE SEQUENCE name_variant_seq INCREMENT BY 50;
CREATE SEQUENCE article_seq INCREMENT BY 50;
CREATE SEQUENCE mention_seq INCREMENT BY 50;

CREATE TABLE person (
    id          bigint      PRIMARY KEY DEFAULT nextval('person_seq'),
    name        text        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    native_name text        CHECK (length(native_name) BETWEEN 1 AND 200),
    description text        CHECK (length(description) <= 2000),
    external_id text        UNIQUE,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    version     integer     NOT NULL DEFAULT 0
);
-- people(...) lists people by name.
CREATE INDEX person_name_idx ON person (name, id);

CREATE TABLE name_variant (
    id         bigint      PRIMARY KEY DEFAULT nextval('name_variant_seq'),
    person_id  bigint      NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    spelling   text        NOT NULL CHECK (length(spelling) BETWEEN 1 AND 200),
    -- Lower case, accents folded, single spaces: what searches compare.
    normalized text        NOT NULL,
    source     text        NOT NULL CHECK (source IN ('CANONICAL', 'NATIVE', 'EDITOR', 'IMPORT', 'LEARNED')),
    created_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (person_id, spelling)
);
CREATE INDEX name_variant_person_idx ON name_variant (person_id);
-- Substring search ("search as you type") over every spelling.
CREATE INDEX name_variant_normalized_trgm_idx ON name_variant USING gin (normalized gin_trgm_ops);

CREATE TABLE article (
    id           bigint      PRIMARY KEY DEFAULT nextval('article_seq'),
    title        text        NOT NULL CHECK (length(title) BETWEEN 1 AND 500),
    body         text        NOT NULL,
    author       text        CHECK (length(author) <= 200),
    url          text        CHECK (length(url) <= 2000),
    published_at timestamptz,
    language     text        CHECK (length(language) <= 35),
    -- Newest first means by publication, or by arrival for articles without a date.
    sort_at      timestamptz NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now(),
    version      integer     NOT NULL DEFAULT 0
);
CREATE INDEX article_sort_idx ON article (sort_at DESC, id DESC);
CREATE UNIQUE INDEX article_url_idx ON article (url) WHERE url IS NOT NULL;

CREATE TABLE mention (
    id           bigint      PRIMARY KEY DEFAULT nextval('mention_seq'),
    article_id   bigint      NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    start_offset integer     NOT NULL CHECK (start_offset >= 0),
    end_offset   integer     NOT NULL,
    text         text        NOT NULL,
    status       text        NOT NULL CHECK (status IN ('LINKED', 'NEEDS_REVIEW', 'UNRESOLVED', 'CONFIRMED', 'REJECTED')),
    person_id    bigint      REFERENCES person (id) ON DELETE SET NULL,
    score        real        CHECK (score BETWEEN 0 AND 1),
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now(),
    version      integer     NOT NULL DEFAULT 0,
    CHECK (end_offset > start_offset)
);
CREATE INDEX mention_article_idx ON mention (article_id, start_offset);
-- A person's articles follow the mentions that link to them.
CREATE INDEX mention_person_idx ON mention (person_id, article_id) WHERE person_id IS NOT NULL;
