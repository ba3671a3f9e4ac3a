-- From the room to decisions (#17): segments, as-is against to-be, and evidence.

-- A board follows one or more personas, in order; the first is whose journey it is.
-- `journey_boards.actor_id` held the one persona a board had; it is copied here and no longer
-- read (SQLite cannot drop a column that a foreign key names without rebuilding the table,
-- and rebuilding it would cascade into every stage, step, lane and card).
CREATE TABLE board_personas (
    board_id   TEXT NOT NULL REFERENCES journey_boards (id) ON DELETE CASCADE,
    persona_id TEXT NOT NULL REFERENCES personas (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    PRIMARY KEY (board_id, persona_id)
) STRICT;
INSERT INTO board_personas (board_id, persona_id, position)
    SELECT id, actor_id, 0 FROM journey_boards WHERE actor_id IS NOT NULL;
UPDATE journey_boards SET actor_id = NULL;

-- The persona a participant is most like: their ratings also count for that segment.
ALTER TABLE participants ADD COLUMN persona_id TEXT REFERENCES personas (id) ON DELETE SET NULL;

-- A to-be board remembers the as-is board it started from, and each of its steps the step
-- it was copied from, so the two journeys can be compared step by step.
ALTER TABLE journey_boards ADD COLUMN based_on TEXT REFERENCES journey_boards (id) ON DELETE SET NULL;
ALTER TABLE steps ADD COLUMN based_on TEXT REFERENCES steps (id) ON DELETE SET NULL;

-- Opportunities followed up after the room: a target for the metric, and how far it has got.
ALTER TABLE cards ADD COLUMN target TEXT NOT NULL DEFAULT '';
ALTER TABLE cards ADD COLUMN status TEXT NOT NULL DEFAULT 'idea'
    CHECK (status IN ('idea', 'planned', 'in_progress', 'done'));

-- What supports an opportunity: other cards (quotes, pain points, notes) and steps, whose
-- customers' ratings are the evidence.
CREATE TABLE evidence (
    opportunity_id TEXT NOT NULL REFERENCES cards (id) ON DELETE CASCADE,
    card_id        TEXT REFERENCES cards (id) ON DELETE CASCADE,
    step_id        TEXT REFERENCES steps (id) ON DELETE CASCADE,
    created_at     INTEGER NOT NULL,
    CHECK ((card_id IS NULL) <> (step_id IS NULL)),
    CHECK (card_id IS NULL OR card_id <> opportunity_id)
) STRICT;
CREATE UNIQUE INDEX evidence_once ON evidence (opportunity_id, coalesce(card_id, step_id));
