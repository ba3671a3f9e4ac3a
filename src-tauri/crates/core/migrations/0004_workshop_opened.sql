-- When each workshop was last opened: Home lists the one the facilitator was working on first.
ALTER TABLE workshops ADD COLUMN opened_at INTEGER;
