-- Which steps a draft has been counted at, so that a step is counted once per draft however often
-- it is viewed or saved. The draft's token is stored hashed (SHA-256 hex): it opens the draft.
-- Rows older than the draft lifetime are deleted daily (funnel.service.Funnel). Portable SQL.
CREATE TABLE funnel_reached (
    draft_hash VARCHAR(64) NOT NULL,
    step       VARCHAR(32) NOT NULL,
    reached_on DATE        NOT NULL,
    CONSTRAINT pk_funnel_reached PRIMARY KEY (draft_hash, step)
);
CREATE INDEX ix_funnel_reached_on ON funnel_reached (reached_on);
