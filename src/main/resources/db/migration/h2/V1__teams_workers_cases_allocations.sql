-- The planner's records: teams, social workers, children's cases and the full history of allocations.

CREATE TABLE council (
    id      INT PRIMARY KEY CHECK (id = 1),
    name    VARCHAR(120) NOT NULL,
    demo    BOOLEAN NOT NULL
);

CREATE TABLE team (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    name          VARCHAR(120) NOT NULL,
    kind          VARCHAR(30) NOT NULL,
    establishment DECIMAL(6, 2) NOT NULL CHECK (establishment >= 0),
    CONSTRAINT team_name_unique UNIQUE (name)
);

CREATE TABLE social_worker (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    name         VARCHAR(120) NOT NULL,
    team_id      BIGINT NOT NULL REFERENCES team (id),
    role         VARCHAR(30) NOT NULL,
    fte          DECIMAL(3, 2) NOT NULL CHECK (fte >= 0.1 AND fte <= 1.0),
    employment   VARCHAR(12) NOT NULL,
    start_date   DATE NOT NULL,
    leaving_date DATE,
    swe_number   VARCHAR(20),
    external_id  VARCHAR(64),
    CONSTRAINT worker_external_id_unique UNIQUE (external_id),
    CONSTRAINT worker_dates_in_order CHECK (leaving_date IS NULL OR leaving_date >= start_date)
);
CREATE INDEX social_worker_team ON social_worker (team_id);

CREATE TABLE child_case (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    child_reference  VARCHAR(40) NOT NULL,
    family_group     VARCHAR(40),
    case_type        VARCHAR(20) NOT NULL,
    opened           DATE NOT NULL,
    closed           DATE,
    status           VARCHAR(20) NOT NULL,
    care_proceedings BOOLEAN NOT NULL DEFAULT FALSE,
    pre_proceedings  BOOLEAN NOT NULL DEFAULT FALSE,
    CONSTRAINT case_child_reference_unique UNIQUE (child_reference),
    CONSTRAINT case_dates_in_order CHECK (closed IS NULL OR closed >= opened),
    CONSTRAINT case_closed_has_date CHECK ((status = 'CLOSED') = (closed IS NOT NULL))
);
CREATE INDEX child_case_family ON child_case (family_group);

CREATE TABLE allocation (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_id      BIGINT NOT NULL REFERENCES child_case (id),
    worker_id    BIGINT NOT NULL REFERENCES social_worker (id),
    from_date    DATE NOT NULL,
    to_date      DATE,
    reason       VARCHAR(6),
    note         VARCHAR(500),
    recorded_by  VARCHAR(80) NOT NULL,
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    -- Set only while the case is held, so the unique constraint allows one current holder per case.
    current_case_id BIGINT GENERATED ALWAYS AS (CASE WHEN to_date IS NULL THEN case_id END),
    CONSTRAINT allocation_one_current_holder UNIQUE (current_case_id),
    CONSTRAINT allocation_dates_in_order CHECK (to_date IS NULL OR to_date >= from_date)
);
CREATE INDEX allocation_case ON allocation (case_id, from_date);
CREATE INDEX allocation_worker ON allocation (worker_id, from_date);
