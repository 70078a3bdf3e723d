-- Clicks on a report's call to action, counted per questionnaire version, offer and day: no token, address or person.
CREATE TABLE cta_click (
    questionnaire VARCHAR(64) NOT NULL,
    version VARCHAR(64) NOT NULL,
    offer VARCHAR(200) NOT NULL,
    click_date DATE NOT NULL,
    clicks BIGINT NOT NULL,
    PRIMARY KEY (questionnaire, version, offer, click_date)
);
