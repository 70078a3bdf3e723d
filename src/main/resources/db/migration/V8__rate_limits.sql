-- Failed logins and wrong join codes per client address, in one-minute windows, shared by every
-- instance behind the load balancer (an in-memory count would give an attacker n times the allowance).
-- window_minute is minutes since the epoch. Rows older than two minutes are deleted by a job.
CREATE TABLE rate_limit (
    scope          VARCHAR(20)  NOT NULL,
    client         VARCHAR(64)  NOT NULL,
    window_minute  BIGINT       NOT NULL,
    n              INT          NOT NULL,
    CONSTRAINT pk_rate_limit PRIMARY KEY (scope, client, window_minute)
);
