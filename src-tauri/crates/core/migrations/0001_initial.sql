-- The whole workshop domain of DESIGN.md, so later features add columns, not rewrites.
--
-- Conventions
--   id          UUID v7 as text: sorts by creation, safe to sync, never reused.
--   order_key   fractional index: inserting between two siblings never renumbers the others.
--   *_at        milliseconds since the Unix epoch, UTC.
--   deleted_at  set while a deletion can still be undone; purged when the store next opens.
-- ON DELETE rules: what belongs to a thing goes with it (CASCADE); what merely refers to a
-- person or persona keeps existing without the reference (SET NULL).

CREATE TABLE workshops (
    id          TEXT PRIMARY KEY NOT NULL,
    title       TEXT NOT NULL CHECK (length(trim(title)) > 0),
    question    TEXT NOT NULL DEFAULT '',
    held_on     TEXT CHECK (held_on IS NULL OR held_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    place       TEXT NOT NULL DEFAULT '',
    facilitator TEXT NOT NULL DEFAULT '',
    notes       TEXT NOT NULL DEFAULT '',
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    deleted_at  INTEGER
) STRICT;
CREATE INDEX workshops_by_creation ON workshops (created_at DESC) WHERE deleted_at IS NULL;

CREATE TABLE participants (
    id            TEXT PRIMARY KEY NOT NULL,
    workshop_id   TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
    name          TEXT NOT NULL CHECK (length(trim(name)) > 0),
    kind          TEXT NOT NULL CHECK (kind IN ('customer', 'team', 'stakeholder')),
    quote_by_name INTEGER NOT NULL DEFAULT 0 CHECK (quote_by_name IN (0, 1)),
    colour        TEXT NOT NULL CHECK (colour GLOB '#[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]'),
    order_key     TEXT NOT NULL,
    created_at    INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL,
    deleted_at    INTEGER
) STRICT;
CREATE INDEX participants_in_workshop ON participants (workshop_id, order_key);

CREATE TABLE personas (
    id               TEXT PRIMARY KEY NOT NULL,
    workshop_id      TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
    order_key        TEXT NOT NULL,
    name             TEXT NOT NULL CHECK (length(trim(name)) > 0),
    portrait         BLOB,
    portrait_type    TEXT CHECK (portrait_type IS NULL OR portrait_type IN ('image/png', 'image/jpeg', 'image/webp')),
    avatar_colour    TEXT NOT NULL CHECK (avatar_colour GLOB '#[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]'),
    role             TEXT NOT NULL DEFAULT '',
    quote            TEXT NOT NULL DEFAULT '',
    story            TEXT NOT NULL DEFAULT '',
    -- Bullet lists are JSON arrays of strings, kept in the order the facilitator gave them.
    goals            TEXT NOT NULL DEFAULT '[]' CHECK (json_type(goals) = 'array'),
    needs            TEXT NOT NULL DEFAULT '[]' CHECK (json_type(needs) = 'array'),
    pain_points      TEXT NOT NULL DEFAULT '[]' CHECK (json_type(pain_points) = 'array'),
    behaviours       TEXT NOT NULL DEFAULT '[]' CHECK (json_type(behaviours) = 'array'),
    channels         TEXT NOT NULL DEFAULT '[]' CHECK (json_type(channels) = 'array'),
    wants_to_feel    TEXT NOT NULL DEFAULT '[]' CHECK (json_type(wants_to_feel) = 'array'),
    empathy_says     TEXT NOT NULL DEFAULT '[]' CHECK (json_type(empathy_says) = 'array'),
    empathy_thinks   TEXT NOT NULL DEFAULT '[]' CHECK (json_type(empathy_thinks) = 'array'),
    empathy_does     TEXT NOT NULL DEFAULT '[]' CHECK (json_type(empathy_does) = 'array'),
    empathy_feels    TEXT NOT NULL DEFAULT '[]' CHECK (json_type(empathy_feels) = 'array'),
    evidence         TEXT NOT NULL DEFAULT 'assumed' CHECK (evidence IN ('assumed', 'research')),
    evidence_sources TEXT NOT NULL DEFAULT '',
    interview_count  INTEGER NOT NULL DEFAULT 0 CHECK (interview_count >= 0),
    is_anti_persona  INTEGER NOT NULL DEFAULT 0 CHECK (is_anti_persona IN (0, 1)),
    anti_reason      TEXT NOT NULL DEFAULT '',
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL,
    deleted_at       INTEGER
) STRICT;
CREATE INDEX personas_in_workshop ON personas (workshop_id, order_key);

CREATE TABLE journey_boards (
    id           TEXT PRIMARY KEY NOT NULL,
    workshop_id  TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
    actor_id     TEXT REFERENCES personas (id) ON DELETE SET NULL,
    order_key    TEXT NOT NULL,
    title        TEXT NOT NULL CHECK (length(trim(title)) > 0),
    scenario     TEXT NOT NULL DEFAULT '',
    expectations TEXT NOT NULL DEFAULT '',
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL,
    deleted_at   INTEGER
) STRICT;
CREATE INDEX boards_in_workshop ON journey_boards (workshop_id, order_key);

CREATE TABLE stages (
    id         TEXT PRIMARY KEY NOT NULL,
    board_id   TEXT NOT NULL REFERENCES journey_boards (id) ON DELETE CASCADE,
    order_key  TEXT NOT NULL,
    title      TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    deleted_at INTEGER
) STRICT;
CREATE INDEX stages_on_board ON stages (board_id, order_key);

CREATE TABLE steps (
    id                 TEXT PRIMARY KEY NOT NULL,
    stage_id           TEXT NOT NULL REFERENCES stages (id) ON DELETE CASCADE,
    order_key          TEXT NOT NULL,
    title              TEXT NOT NULL,
    is_moment_of_truth INTEGER NOT NULL DEFAULT 0 CHECK (is_moment_of_truth IN (0, 1)),
    created_at         INTEGER NOT NULL,
    updated_at         INTEGER NOT NULL,
    deleted_at         INTEGER
) STRICT;
CREATE INDEX steps_in_stage ON steps (stage_id, order_key);

CREATE TABLE lanes (
    id         TEXT PRIMARY KEY NOT NULL,
    board_id   TEXT NOT NULL REFERENCES journey_boards (id) ON DELETE CASCADE,
    order_key  TEXT NOT NULL,
    kind       TEXT NOT NULL CHECK (kind IN ('actions', 'touchpoints', 'thoughts', 'feelings',
                   'pain_points', 'opportunities', 'frontstage', 'backstage', 'support', 'custom')),
    title      TEXT NOT NULL,
    is_hidden  INTEGER NOT NULL DEFAULT 0 CHECK (is_hidden IN (0, 1)),
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    deleted_at INTEGER
) STRICT;
CREATE INDEX lanes_on_board ON lanes (board_id, order_key);

CREATE TABLE cards (
    id         TEXT PRIMARY KEY NOT NULL,
    step_id    TEXT NOT NULL REFERENCES steps (id) ON DELETE CASCADE,
    lane_id    TEXT NOT NULL REFERENCES lanes (id) ON DELETE CASCADE,
    order_key  TEXT NOT NULL,
    text       TEXT NOT NULL,
    kind       TEXT NOT NULL CHECK (kind IN ('note', 'quote', 'pain_point', 'idea', 'opportunity')),
    -- Where the card came from; the author, when known, is one of the workshop's participants.
    source     TEXT NOT NULL CHECK (source IN ('customer', 'team', 'research')),
    author_id  TEXT REFERENCES participants (id) ON DELETE SET NULL,
    colour     TEXT,
    owner      TEXT NOT NULL DEFAULT '',
    metric     TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    deleted_at INTEGER
) STRICT;
CREATE INDEX cards_in_cell ON cards (step_id, lane_id, order_key);

CREATE TABLE emotion_ratings (
    id             TEXT PRIMARY KEY NOT NULL,
    step_id        TEXT NOT NULL REFERENCES steps (id) ON DELETE CASCADE,
    curve          TEXT NOT NULL CHECK (curve IN ('assumed', 'rated', 'desired')),
    score          INTEGER NOT NULL CHECK (score BETWEEN -2 AND 2),
    participant_id TEXT REFERENCES participants (id) ON DELETE SET NULL,
    created_at     INTEGER NOT NULL,
    updated_at     INTEGER NOT NULL
) STRICT;
CREATE INDEX ratings_of_step ON emotion_ratings (step_id, curve);
-- The team's assumed curve and the desired curve hold one point per step; the customers'
-- rated curve holds one rating per step from each of them.
CREATE UNIQUE INDEX one_point_per_step ON emotion_ratings (step_id, curve) WHERE curve <> 'rated';
CREATE UNIQUE INDEX one_rating_per_person ON emotion_ratings (step_id, participant_id)
    WHERE curve = 'rated' AND participant_id IS NOT NULL;

CREATE TABLE votes (
    id             TEXT PRIMARY KEY NOT NULL,
    card_id        TEXT NOT NULL REFERENCES cards (id) ON DELETE CASCADE,
    participant_id TEXT REFERENCES participants (id) ON DELETE CASCADE,
    created_at     INTEGER NOT NULL
) STRICT;
CREATE INDEX votes_on_card ON votes (card_id);

-- Facts about the store itself, such as whether the sample workshop was ever seeded.
CREATE TABLE store_facts (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) STRICT;
