-- "How you compare": per questionnaire version, segment and metric (an element id or 'overall'),
-- how many completed responses scored in each 0.1-point bucket (0..1000). A report reads at most
-- 1,001 rows per metric however many responses exist. Portable SQL (H2 and PostgreSQL).
CREATE TABLE score_histogram (
    questionnaire  VARCHAR(100) NOT NULL,
    version        VARCHAR(50)  NOT NULL,
    segment        VARCHAR(100) NOT NULL,
    metric         VARCHAR(100) NOT NULL,
    bucket         INT          NOT NULL,
    n              BIGINT       NOT NULL,
    CONSTRAINT pk_score_histogram PRIMARY KEY (questionnaire, version, segment, metric, bucket)
);
