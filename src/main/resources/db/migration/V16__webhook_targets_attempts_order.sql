-- Webhook targets managed in the app (configuration-file targets stay in configuration), every
-- delivery attempt kept for its history, and a per-result sequence so events about one result go
-- out in order. Portable SQL (H2 and PostgreSQL).
CREATE TABLE webhook_target (
    id              BIGINT        NOT NULL PRIMARY KEY,
    name            VARCHAR(64)   NOT NULL,
    url             VARCHAR(2000) NOT NULL,
    secret          VARCHAR(200)  NOT NULL,
    previous_secret VARCHAR(200),
    previous_until  TIMESTAMP WITH TIME ZONE,
    events          VARCHAR(200)  NOT NULL,
    questionnaires  VARCHAR(2000) NOT NULL,
    enabled         BOOLEAN       NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_webhook_target_name UNIQUE (name)
);
CREATE SEQUENCE webhook_target_seq START WITH 1 INCREMENT BY 50;

ALTER TABLE webhook_delivery ADD COLUMN result_token VARCHAR(64);
ALTER TABLE webhook_delivery ADD COLUMN seq_no INT NOT NULL DEFAULT 1;
ALTER TABLE webhook_delivery ADD COLUMN attempts_before_retry INT NOT NULL DEFAULT 0;
CREATE INDEX ix_webhook_delivery_result ON webhook_delivery (result_token, target);

CREATE TABLE webhook_attempt (
    id           BIGINT       NOT NULL PRIMARY KEY,
    delivery_id  BIGINT       NOT NULL,
    attempted_at TIMESTAMP WITH TIME ZONE NOT NULL,
    http_status  INT,
    error        VARCHAR(500),
    duration_ms  INT          NOT NULL,
    CONSTRAINT fk_webhook_attempt_delivery FOREIGN KEY (delivery_id) REFERENCES webhook_delivery (id) ON DELETE CASCADE
);
CREATE INDEX ix_webhook_attempt_delivery ON webhook_attempt (delivery_id);
CREATE SEQUENCE webhook_attempt_seq START WITH 1 INCREMENT BY 50;
