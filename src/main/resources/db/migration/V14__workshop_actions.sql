-- Actions agreed in the room: what, which function owns it, by when, and the element or warning
-- sign it answers (element:<id> or sign:<id>). Deleted with their workshop. Portable SQL.
CREATE TABLE workshop_action (
    id           BIGINT       NOT NULL PRIMARY KEY,
    workshop_id  BIGINT       NOT NULL,
    what         VARCHAR(300) NOT NULL,
    owner_role   VARCHAR(40)  NOT NULL,
    due          DATE,
    link         VARCHAR(120),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT fk_action_workshop FOREIGN KEY (workshop_id) REFERENCES workshop (id) ON DELETE CASCADE
);
CREATE INDEX ix_action_workshop ON workshop_action (workshop_id);
CREATE SEQUENCE workshop_action_seq START WITH 1 INCREMENT BY 50;
