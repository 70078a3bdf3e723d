-- Contact details given with consent, tied to the response they came with (deleted with it).
-- Portable SQL (H2 and PostgreSQL).
CREATE TABLE lead (
    id               BIGINT       NOT NULL PRIMARY KEY,
    response_id      BIGINT       NOT NULL REFERENCES response (id) ON DELETE CASCADE,
    questionnaire    VARCHAR(100) NOT NULL,
    email            VARCHAR(254) NOT NULL,
    name             VARCHAR(120),
    company          VARCHAR(120),
    job_role         VARCHAR(120),
    phone            VARCHAR(30),
    locale           VARCHAR(20)  NOT NULL,
    consent_version  VARCHAR(50)  NOT NULL,
    consent_text     VARCHAR(4000) NOT NULL,
    consented_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_lead_response UNIQUE (response_id)
);
CREATE INDEX ix_lead_consented ON lead (consented_at);
CREATE INDEX ix_response_created ON response (created_at);
CREATE SEQUENCE lead_seq START WITH 1 INCREMENT BY 50;
