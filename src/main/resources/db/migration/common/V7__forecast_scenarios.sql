-- Scenarios a manager saves to test a decision in the Outlook: only words, never a change to the register.
-- The text is kept as written (see ScenarioText) so it reads back exactly as saved.

CREATE TABLE forecast_scenario (
    name       VARCHAR(80) PRIMARY KEY,
    words      VARCHAR(20000) NOT NULL,
    saved_by   VARCHAR(120) NOT NULL,
    saved_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
