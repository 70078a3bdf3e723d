-- Portable SQL: runs unchanged on H2 and PostgreSQL.
CREATE TABLE questionnaire_snapshot (
    id             BIGINT       NOT NULL PRIMARY KEY,
    questionnaire  VARCHAR(100) NOT NULL,
    version        VARCHAR(50)  NOT NULL,
    content_hash   VARCHAR(64)  NOT NULL,
    source_file    VARCHAR(255) NOT NULL,
    source_yaml    VARCHAR(1000000) NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_snapshot_version UNIQUE (questionnaire, version)
);

CREATE TABLE response (
    id             BIGINT       NOT NULL PRIMARY KEY,
    report_token   VARCHAR(43)  NOT NULL,
    snapshot_id    BIGINT       NOT NULL REFERENCES questionnaire_snapshot (id),
    questionnaire  VARCHAR(100) NOT NULL,
    version        VARCHAR(50)  NOT NULL,
    content_hash   VARCHAR(64)  NOT NULL,
    locale         VARCHAR(20)  NOT NULL,
    answers_json   VARCHAR(1000000) NOT NULL,
    result_json    VARCHAR(1000000) NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_response_token UNIQUE (report_token)
);
CREATE INDEX ix_response_questionnaire ON response (questionnaire, version);

CREATE SEQUENCE questionnaire_snapshot_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE response_seq START WITH 1 INCREMENT BY 50;
