-- Room mode: notes sent from participants' phones wait here until the facilitator approves
-- them (each becomes a card, credited to its author) or rejects them.
CREATE TABLE pending_notes (
    id             TEXT PRIMARY KEY NOT NULL,
    step_id        TEXT NOT NULL REFERENCES steps (id) ON DELETE CASCADE,
    lane_id        TEXT NOT NULL REFERENCES lanes (id) ON DELETE CASCADE,
    participant_id TEXT NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
    text           TEXT NOT NULL,
    created_at     INTEGER NOT NULL
) STRICT;
CREATE INDEX pending_notes_in_order ON pending_notes (created_at, id);
