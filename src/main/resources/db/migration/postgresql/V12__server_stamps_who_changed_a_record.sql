-- The server stamps who changed a team, a worker, a case or the caseload limits and when, from the login and its own clock: no
-- planner can write another name or time there.
CREATE FUNCTION planner_stamp_change() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    NEW.changed_by := session_user;
    NEW.changed_at := now();
    RETURN NEW;
END $$;

CREATE TRIGGER team_stamped BEFORE INSERT OR UPDATE ON team
    FOR EACH ROW EXECUTE FUNCTION planner_stamp_change();
CREATE TRIGGER social_worker_stamped BEFORE INSERT OR UPDATE ON social_worker
    FOR EACH ROW EXECUTE FUNCTION planner_stamp_change();
CREATE TRIGGER child_case_stamped BEFORE INSERT OR UPDATE ON child_case
    FOR EACH ROW EXECUTE FUNCTION planner_stamp_change();
CREATE TRIGGER policy_stamped BEFORE INSERT OR UPDATE ON policy
    FOR EACH ROW EXECUTE FUNCTION planner_stamp_change();

-- Called by its triggers only: nobody may call it directly.
REVOKE ALL ON FUNCTION planner_stamp_change() FROM PUBLIC;
