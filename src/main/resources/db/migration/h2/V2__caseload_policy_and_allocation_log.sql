-- The caseload policy (limits, role factors, case weights) and a log of every allocation change.

CREATE TABLE policy (
    id                 INT PRIMARY KEY CHECK (id = 1),
    green_up_to        DECIMAL(6, 2) NOT NULL,
    red_from           DECIMAL(6, 2) NOT NULL,
    overdue_after_days INT NOT NULL CHECK (overdue_after_days BETWEEN 1 AND 365),
    CONSTRAINT policy_amber_band CHECK (red_from > green_up_to)
);
INSERT INTO policy (id, green_up_to, red_from, overdue_after_days) VALUES (1, 21, 26, 14);

-- Share of a full caseload a role carries; a role with no row carries a full one.
CREATE TABLE role_factor (
    role   VARCHAR(30) PRIMARY KEY,
    factor DECIMAL(4, 2) NOT NULL CHECK (factor >= 0 AND factor <= 1)
);
INSERT INTO role_factor (role, factor) VALUES
    ('SOCIAL_WORKER', 1.0), ('SENIOR_PRACTITIONER', 1.0), ('ASYE', 0.9), ('TEAM_MANAGER', 0);

-- Weight of a case type, or the extra weight of a complexity modifier; the item names the enum value.
CREATE TABLE case_weight (
    item   VARCHAR(30) PRIMARY KEY,
    weight DECIMAL(4, 2) NOT NULL CHECK (weight >= 0 AND weight <= 5)
);
INSERT INTO case_weight (item, weight) VALUES
    ('ASSESSMENT', 1), ('EARLY_HELP', 1), ('CIN', 1), ('CP', 1), ('CLA', 1), ('CARE_LEAVER', 1),
    ('CARE_PROCEEDINGS', 0.5), ('PRE_PROCEEDINGS', 0.25);

CREATE TABLE team_limits (
    team_id     BIGINT PRIMARY KEY REFERENCES team (id) ON DELETE CASCADE,
    green_up_to DECIMAL(6, 2) NOT NULL,
    red_from    DECIMAL(6, 2) NOT NULL,
    CONSTRAINT team_limits_amber_band CHECK (red_from > green_up_to)
);

CREATE TABLE worker_capacity (
    worker_id BIGINT PRIMARY KEY REFERENCES social_worker (id) ON DELETE CASCADE,
    capacity  DECIMAL(4, 2) NOT NULL CHECK (capacity >= 0 AND capacity <= 1)
);

-- Why a manager allocated into red; required by the service whenever the allocation turns a worker red.
ALTER TABLE allocation ADD COLUMN over_limit_reason VARCHAR(500);

-- Every allocation change as the manager made it, undo included: who, when, what and why.
CREATE TABLE allocation_log (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    action         VARCHAR(20) NOT NULL,
    case_id        BIGINT NOT NULL REFERENCES child_case (id),
    from_worker_id BIGINT REFERENCES social_worker (id),
    to_worker_id   BIGINT REFERENCES social_worker (id),
    effective      DATE NOT NULL,
    reason         VARCHAR(6),
    note           VARCHAR(500),
    over_limit_reason VARCHAR(500),
    recorded_by    VARCHAR(80) NOT NULL,
    recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX allocation_log_case ON allocation_log (case_id);
