-- Partner API keys: server-to-server reads of results and leads, scoped to questionnaires.
-- Portable SQL (H2 and PostgreSQL).
CREATE TABLE partner_key (
    id              BIGINT       NOT NULL PRIMARY KEY,
    name            VARCHAR(80)  NOT NULL,
    token_hash      VARCHAR(64)  NOT NULL,
    prefix          VARCHAR(12)  NOT NULL,
    questionnaires  VARCHAR(2000) NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    last_used_at    TIMESTAMP WITH TIME ZONE,
    revoked_at      TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uq_partner_key UNIQUE (token_hash)
);
CREATE SEQUENCE partner_key_seq START WITH 1 INCREMENT BY 50;
