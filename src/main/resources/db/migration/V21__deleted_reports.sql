-- Report links whose result was deleted, as SHA-256 of the token: the link can say "deleted", the table holds no token.
CREATE TABLE deleted_report (
    token_hash VARCHAR(64) PRIMARY KEY,
    deleted_at TIMESTAMP WITH TIME ZONE NOT NULL
);
