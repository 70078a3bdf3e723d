-- The linked earlier workshop's released team figures (its team report as JSON), kept with the later
-- workshop so that its change since last time survives the earlier one's deletion. Portable SQL.
ALTER TABLE workshop ADD COLUMN previous_snapshot VARCHAR(1000000);
