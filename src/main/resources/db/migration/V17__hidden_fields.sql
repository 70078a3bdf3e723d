-- Hidden-field values (utm_source, a CRM id…) kept with a draft and then its response, as a JSON
-- object; null when none were given. At most 20 fields of at most 2,000 characters each.
ALTER TABLE response ADD COLUMN attribution VARCHAR(50000);
ALTER TABLE draft ADD COLUMN attribution VARCHAR(50000);
