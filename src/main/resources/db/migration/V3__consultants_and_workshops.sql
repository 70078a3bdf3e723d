-- Consultants, their sessions and API tokens, and workshops. Portable SQL (H2 and PostgreSQL).
CREATE TABLE consultant (
    id             BIGINT       NOT NULL PRIMARY KEY,
    username       VARCHAR(64)  NOT NULL,
    display_name   VARCHAR(120) NOT NULL,
    password_hash  VARCHAR(100) NOT NULL,
    role           VARCHAR(20)  NOT NULL,
    enabled        BOOLEAN      NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_consultant_username UNIQUE (username)
);

-- Secrets are stored as SHA-256 hex of the token; the token itself is only ever in the client.
CREATE TABLE consultant_session (
    id             BIGINT       NOT NULL PRIMARY KEY,
    token_hash     VARCHAR(64)  NOT NULL,
    consultant_id  BIGINT       NOT NULL REFERENCES consultant (id) ON DELETE CASCADE,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_session_token UNIQUE (token_hash)
);
CREATE INDEX ix_session_expires ON consultant_session (expires_at);

CREATE TABLE api_token (
    id             BIGINT       NOT NULL PRIMARY KEY,
    token_hash     VARCHAR(64)  NOT NULL,
    prefix         VARCHAR(12)  NOT NULL,
    name           VARCHAR(80)  NOT NULL,
    consultant_id  BIGINT       NOT NULL REFERENCES consultant (id) ON DELETE CASCADE,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    last_used_at   TIMESTAMP WITH TIME ZONE,
    revoked_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uq_api_token UNIQUE (token_hash)
);

CREATE TABLE workshop (
    id                  BIGINT       NOT NULL PRIMARY KEY,
    owner_id            BIGINT       NOT NULL REFERENCES consultant (id),
    organisation        VARCHAR(120) NOT NULL,
    questionnaire       VARCHAR(100) NOT NULL,
    roles               VARCHAR(2000) NOT NULL,
    anonymity_threshold INT          NOT NULL,
    opens_at            TIMESTAMP WITH TIME ZONE,
    closes_at           TIMESTAMP WITH TIME ZONE,
    closed              BOOLEAN      NOT NULL,
    published           BOOLEAN      NOT NULL,
    join_code           VARCHAR(8)   NOT NULL,
    team_token          VARCHAR(43)  NOT NULL,
    previous_id         BIGINT,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_workshop_code UNIQUE (join_code),
    CONSTRAINT uq_workshop_team_token UNIQUE (team_token),
    CONSTRAINT fk_workshop_previous FOREIGN KEY (previous_id) REFERENCES workshop (id) ON DELETE SET NULL
);
CREATE INDEX ix_workshop_owner ON workshop (owner_id);

-- A workshop participant's draft and response carry the workshop and the role they chose;
-- deleting a workshop deletes them with it.
ALTER TABLE draft ADD COLUMN workshop_id BIGINT;
ALTER TABLE draft ADD COLUMN participant_role VARCHAR(40);
ALTER TABLE draft ADD CONSTRAINT fk_draft_workshop FOREIGN KEY (workshop_id) REFERENCES workshop (id) ON DELETE CASCADE;
ALTER TABLE response ADD COLUMN workshop_id BIGINT;
ALTER TABLE response ADD COLUMN participant_role VARCHAR(40);
ALTER TABLE response ADD CONSTRAINT fk_response_workshop FOREIGN KEY (workshop_id) REFERENCES workshop (id) ON DELETE CASCADE;
CREATE INDEX ix_response_workshop ON response (workshop_id);

CREATE SEQUENCE consultant_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE consultant_session_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE api_token_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE workshop_seq START WITH 1 INCREMENT BY 50;
