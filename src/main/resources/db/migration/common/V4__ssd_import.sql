-- What the sector's SSD extracts bring: professionals as the source system describes them, and every
-- involvement, so a newer extract updates what an older one brought instead of adding it twice.

CREATE TABLE ssd_professional (
    professional_id   VARCHAR(64) PRIMARY KEY,
    name              VARCHAR(120) NOT NULL,
    job_title         VARCHAR(120),
    department        VARCHAR(120),
    -- Empty for a professional who is not a case holder (a health visitor, say): left out of the workforce.
    fte               DECIMAL(3, 2),
    agency            BOOLEAN NOT NULL,
    -- As the source system counted it at the last 30 September: shown beside the planner's count, never used.
    reported_caseload INT
);

-- The involvement a case-holding allocation came from; empty for allocations made in the planner. The
-- import checks ids are unique and reads them all at once, so no index slows its million-row inserts.
ALTER TABLE allocation ADD COLUMN source_id VARCHAR(64);

-- Involvements in roles that do not hold the case (IRO, health visitor ...): kept, never counted.
CREATE TABLE ssd_other_involvement (
    involvement_id  VARCHAR(64) PRIMARY KEY,
    professional_id VARCHAR(64) NOT NULL,
    role            VARCHAR(120) NOT NULL,
    person_id       VARCHAR(64) NOT NULL,
    start_date      DATE NOT NULL,
    end_date        DATE
);
