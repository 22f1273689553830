-- When a case began awaiting closure, so trends can show how much of the load it was on any past day;
-- kept after the case closes. Cases already awaiting closure are taken to have begun today.
ALTER TABLE child_case ADD COLUMN awaiting_since DATE;
UPDATE child_case SET awaiting_since = CURRENT_DATE WHERE status = 'AWAITING_CLOSURE';

-- The duty rota of a team: one week in every N for each worker who takes duty.
CREATE TABLE duty_setting (
    team_id     BIGINT PRIMARY KEY REFERENCES team (id) ON DELETE CASCADE,
    every_weeks INT NOT NULL CHECK (every_weeks BETWEEN 1 AND 12)
);

-- Workers the manager has taken off the rota, such as a part-timer who does not work duty days.
CREATE TABLE duty_exempt (
    worker_id BIGINT PRIMARY KEY REFERENCES social_worker (id) ON DELETE CASCADE
);

CREATE TABLE duty_week (
    team_id    BIGINT NOT NULL REFERENCES team (id) ON DELETE CASCADE,
    week_start DATE NOT NULL,
    worker_id  BIGINT NOT NULL REFERENCES social_worker (id) ON DELETE CASCADE,
    PRIMARY KEY (team_id, week_start, worker_id)
);
CREATE INDEX duty_week_worker ON duty_week (worker_id, week_start);
