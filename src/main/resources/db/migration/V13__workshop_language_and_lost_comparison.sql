-- The language a workshop's team report opens in (en, nb; null: the reader's own), and whether the
-- earlier workshop it was compared with has been deleted, so its page can say why the change since
-- last time is gone. Portable SQL (H2 and PostgreSQL).
ALTER TABLE workshop ADD COLUMN language VARCHAR(8);
ALTER TABLE workshop ADD COLUMN previous_deleted BOOLEAN DEFAULT FALSE NOT NULL;
