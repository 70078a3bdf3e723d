-- Webhook deliveries: an outbox written in the same transaction as the event it reports, so no
-- event is lost; a row per event and target. Portable SQL (H2 and PostgreSQL).
CREATE TABLE webhook_delivery (
    id              BIGINT       NOT NULL PRIMARY KEY,
    event_id        VARCHAR(36)  NOT NULL,
    event_type      VARCHAR(40)  NOT NULL,
    target          VARCHAR(64)  NOT NULL,
    payload         VARCHAR(100000) NOT NULL,
    status          VARCHAR(12)  NOT NULL,
    attempts        INT          NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    give_up_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_until    TIMESTAMP WITH TIME ZONE,
    last_error      VARCHAR(500),
    last_status     INT,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    delivered_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uq_webhook_event_target UNIQUE (event_id, target)
);
CREATE INDEX ix_webhook_due ON webhook_delivery (status, next_attempt_at);
CREATE SEQUENCE webhook_delivery_seq START WITH 1 INCREMENT BY 50;
