-- Portable SQL (H2 and PostgreSQL).
-- First run without DIAGNOSTIC_ADMIN_PASSWORD: one-time links that create the first admin (hash of the token only).
CREATE TABLE setup_token (
    token_hash  VARCHAR(64) NOT NULL PRIMARY KEY,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
