-- Portable SQL (H2 and PostgreSQL).
-- A client's Idempotency-Key on POST .../responses: a retried submission finds the response it already made.
ALTER TABLE response ADD COLUMN idempotency_key VARCHAR(255);
ALTER TABLE response ADD COLUMN request_hash VARCHAR(64);
CREATE UNIQUE INDEX uq_response_idempotency ON response (questionnaire, idempotency_key);

-- One row that readiness writes, so "ready" means the database can store what we acknowledge.
CREATE TABLE storage_probe (
    id          INT NOT NULL PRIMARY KEY,
    checked_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
INSERT INTO storage_probe (id, checked_at) VALUES (1, CURRENT_TIMESTAMP);
