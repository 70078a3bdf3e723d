-- Answers saved step by step before a response is submitted. Portable SQL (H2 and PostgreSQL).
CREATE TABLE draft (
    id              BIGINT       NOT NULL PRIMARY KEY,
    draft_token     VARCHAR(43)  NOT NULL,
    questionnaire   VARCHAR(100) NOT NULL,
    snapshot_id     BIGINT       NOT NULL REFERENCES questionnaire_snapshot (id),
    locale          VARCHAR(20)  NOT NULL,
    answers_json    VARCHAR(1000000) NOT NULL,
    response_token  VARCHAR(43),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_draft_token UNIQUE (draft_token)
);
CREATE INDEX ix_draft_expires ON draft (expires_at);
CREATE SEQUENCE draft_seq START WITH 1 INCREMENT BY 50;
