-- A workshop's team report shows only released responses; they are released in batches when the
-- workshop is closed (see workshop.team.Releases). Responses of existing workshops were already
-- shown, so they count as released. Portable SQL (H2 and PostgreSQL).
ALTER TABLE response ADD COLUMN team_released_at TIMESTAMP WITH TIME ZONE;
UPDATE response SET team_released_at = CURRENT_TIMESTAMP WHERE workshop_id IS NOT NULL;

-- Which questionnaires' public leads (not from workshops) a consultant sees: comma-separated ids,
-- set by an admin; empty means none. Admins see every lead.
ALTER TABLE consultant ADD COLUMN lead_questionnaires VARCHAR(2000) DEFAULT '' NOT NULL;
