-- The funnel: counts per questionnaire, day (UTC), step, source (utm_source) and embed vs hosted,
-- never a row per visitor, so reading a quarter is a few hundred rows however many answered.
-- funnel_result remembers only how a finished response came (embedded, source) so that its lead
-- counts in the same column; its token is the report's and it goes when the response goes.
CREATE TABLE funnel_count (
    questionnaire VARCHAR(64)  NOT NULL,
    count_day     DATE         NOT NULL,
    step          VARCHAR(32)  NOT NULL,
    source        VARCHAR(100) NOT NULL,
    embedded      BOOLEAN      NOT NULL,
    n             BIGINT       NOT NULL,
    CONSTRAINT pk_funnel_count PRIMARY KEY (questionnaire, count_day, step, source, embedded)
);
CREATE TABLE funnel_result (
    result_token VARCHAR(64)  NOT NULL PRIMARY KEY,
    source       VARCHAR(100) NOT NULL,
    embedded     BOOLEAN      NOT NULL
);
