-- Every planner connected to a council's database is told, the moment a change is committed, what changed:
-- one notification a statement on channel caseload_planner, whoever made it (a planner, an import, a DBA).
-- The payload names the planner that made the change (its connections' application name, so it can pass over
-- its own), the kind of record and its ids ('Caseload Planner 3f2a|allocation:12,40'); '*' when there are too
-- many to list, which tells a planner to read everything of that kind again.

CREATE FUNCTION planner_tell(kind TEXT, ids TEXT, how_many BIGINT) RETURNS VOID LANGUAGE plpgsql AS $$
BEGIN
    IF how_many = 0 THEN
        RETURN;
    END IF;
    -- A notification carries at most 8,000 bytes: past 500 ids, say "everything".
    PERFORM pg_notify('caseload_planner', COALESCE(current_setting('application_name', TRUE), '') || '|' || kind
        || ':' || CASE WHEN how_many > 500 THEN '*' ELSE ids END);
END $$;

-- Which cases' allocation histories a statement changed: the case ids of the rows before and after it.
CREATE FUNCTION planner_allocations_changed() RETURNS TRIGGER LANGUAGE plpgsql AS $$
DECLARE
    ids TEXT;
    how_many BIGINT;
BEGIN
    IF TG_OP = 'INSERT' THEN
        SELECT string_agg(DISTINCT case_id::TEXT, ','), COUNT(DISTINCT case_id) INTO ids, how_many FROM after_rows;
    ELSIF TG_OP = 'DELETE' THEN
        SELECT string_agg(DISTINCT case_id::TEXT, ','), COUNT(DISTINCT case_id) INTO ids, how_many FROM before_rows;
    ELSE
        SELECT string_agg(DISTINCT case_id::TEXT, ','), COUNT(DISTINCT case_id) INTO ids, how_many
        FROM (SELECT case_id FROM before_rows UNION SELECT case_id FROM after_rows) AS touched;
    END IF;
    PERFORM planner_tell('allocation', ids, how_many);
    RETURN NULL;
END $$;

CREATE TRIGGER allocation_inserted AFTER INSERT ON allocation REFERENCING NEW TABLE AS after_rows
    FOR EACH STATEMENT EXECUTE FUNCTION planner_allocations_changed();
CREATE TRIGGER allocation_updated AFTER UPDATE ON allocation
    REFERENCING OLD TABLE AS before_rows NEW TABLE AS after_rows
    FOR EACH STATEMENT EXECUTE FUNCTION planner_allocations_changed();
CREATE TRIGGER allocation_deleted AFTER DELETE ON allocation REFERENCING OLD TABLE AS before_rows
    FOR EACH STATEMENT EXECUTE FUNCTION planner_allocations_changed();

-- Which workers or cases a statement changed (a deleted worker is told apart: it leaves the figures).
CREATE FUNCTION planner_rows_changed() RETURNS TRIGGER LANGUAGE plpgsql AS $$
DECLARE
    ids TEXT;
    how_many BIGINT;
BEGIN
    IF TG_OP = 'DELETE' THEN
        SELECT string_agg(id::TEXT, ','), COUNT(*) INTO ids, how_many FROM before_rows;
        PERFORM planner_tell(TG_ARGV[0] || '-deleted', ids, how_many);
    ELSE
        SELECT string_agg(id::TEXT, ','), COUNT(*) INTO ids, how_many FROM after_rows;
        PERFORM planner_tell(TG_ARGV[0], ids, how_many);
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER social_worker_inserted AFTER INSERT ON social_worker REFERENCING NEW TABLE AS after_rows
    FOR EACH STATEMENT EXECUTE FUNCTION planner_rows_changed('worker');
CREATE TRIGGER social_worker_updated AFTER UPDATE ON social_worker REFERENCING NEW TABLE AS after_rows
    FOR EACH STATEMENT EXECUTE FUNCTION planner_rows_changed('worker');
CREATE TRIGGER social_worker_deleted AFTER DELETE ON social_worker REFERENCING OLD TABLE AS before_rows
    FOR EACH STATEMENT EXECUTE FUNCTION planner_rows_changed('worker');
CREATE TRIGGER child_case_inserted AFTER INSERT ON child_case REFERENCING NEW TABLE AS after_rows
    FOR EACH STATEMENT EXECUTE FUNCTION planner_rows_changed('case');
CREATE TRIGGER child_case_updated AFTER UPDATE ON child_case REFERENCING NEW TABLE AS after_rows
    FOR EACH STATEMENT EXECUTE FUNCTION planner_rows_changed('case');
CREATE TRIGGER child_case_deleted AFTER DELETE ON child_case REFERENCING OLD TABLE AS before_rows
    FOR EACH STATEMENT EXECUTE FUNCTION planner_rows_changed('case');

-- Teams, the caseload policy and the duty rota change rarely and touch many figures: read everything again.
CREATE FUNCTION planner_all_changed() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('caseload_planner', COALESCE(current_setting('application_name', TRUE), '') || '|'
        || TG_ARGV[0] || ':*');
    RETURN NULL;
END $$;

CREATE TRIGGER team_changed AFTER INSERT OR UPDATE OR DELETE ON team
    FOR EACH STATEMENT EXECUTE FUNCTION planner_all_changed('teams');
CREATE TRIGGER team_limits_changed AFTER INSERT OR UPDATE OR DELETE ON team_limits
    FOR EACH STATEMENT EXECUTE FUNCTION planner_all_changed('policy');
CREATE TRIGGER policy_changed AFTER INSERT OR UPDATE OR DELETE ON policy
    FOR EACH STATEMENT EXECUTE FUNCTION planner_all_changed('policy');
CREATE TRIGGER role_factor_changed AFTER INSERT OR UPDATE OR DELETE ON role_factor
    FOR EACH STATEMENT EXECUTE FUNCTION planner_all_changed('policy');
CREATE TRIGGER case_weight_changed AFTER INSERT OR UPDATE OR DELETE ON case_weight
    FOR EACH STATEMENT EXECUTE FUNCTION planner_all_changed('policy');
CREATE TRIGGER worker_capacity_changed AFTER INSERT OR UPDATE OR DELETE ON worker_capacity
    FOR EACH STATEMENT EXECUTE FUNCTION planner_all_changed('policy');
CREATE TRIGGER duty_setting_changed AFTER INSERT OR UPDATE OR DELETE ON duty_setting
    FOR EACH STATEMENT EXECUTE FUNCTION planner_all_changed('duty');
CREATE TRIGGER duty_exempt_changed AFTER INSERT OR UPDATE OR DELETE ON duty_exempt
    FOR EACH STATEMENT EXECUTE FUNCTION planner_all_changed('duty');
CREATE TRIGGER duty_week_changed AFTER INSERT OR UPDATE OR DELETE ON duty_week
    FOR EACH STATEMENT EXECUTE FUNCTION planner_all_changed('duty');
CREATE TRIGGER council_changed AFTER INSERT OR UPDATE OR DELETE ON council
    FOR EACH STATEMENT EXECUTE FUNCTION planner_all_changed('council');
