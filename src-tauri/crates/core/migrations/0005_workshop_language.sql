-- Each workshop's language: its PDF is printed in it, and phones that speak none of
-- Feltboard's languages see it. Workshops from before were English.
ALTER TABLE workshops ADD COLUMN language TEXT NOT NULL DEFAULT 'en' CHECK (language IN ('en', 'de', 'fr', 'es'));
