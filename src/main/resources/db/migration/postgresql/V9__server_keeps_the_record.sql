-- On a council's server the server, not the planner, says who recorded each allocation and each line of the
-- allocation log, and when: the login that wrote the row (session_user, which SET ROLE cannot change) and the
-- server's own clock. Whatever a client sends in recorded_by and recorded_at is replaced, so no manager can
-- write a change in another's name or at another time. The log is kept as written. (The H2 file has no V9: it
-- has one user, and the planner writes who that is.)

CREATE FUNCTION planner_stamp() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    -- Ending a period, or an undo reopening it, leaves it naming who recorded it (the log names who ended it); any
    -- other change, an undo that puts back an earlier holder included, names who made it: a client that could put
    -- back an old stamp could put back any.
    IF TG_OP = 'UPDATE' AND to_jsonb(NEW) - 'recorded_by' - 'recorded_at' - 'to_date'
            = to_jsonb(OLD) - 'recorded_by' - 'recorded_at' - 'to_date' THEN
        NEW.recorded_by := OLD.recorded_by;
        NEW.recorded_at := OLD.recorded_at;
    ELSE
        NEW.recorded_by := session_user;
        NEW.recorded_at := now();
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER allocation_stamped BEFORE INSERT OR UPDATE ON allocation
    FOR EACH ROW EXECUTE FUNCTION planner_stamp();
CREATE TRIGGER allocation_log_stamped BEFORE INSERT ON allocation_log
    FOR EACH ROW EXECUTE FUNCTION planner_stamp();

-- The log is added to, never rewritten: only the database's owner (the council's IT) may change or delete its
-- rows, whatever privileges anyone else was given by hand.
CREATE FUNCTION planner_log_kept() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_class c JOIN pg_roles r ON r.oid = c.relowner
                   WHERE c.oid = TG_RELID AND r.rolname = session_user)
            AND NOT (SELECT rolsuper FROM pg_roles WHERE rolname = session_user) THEN
        RAISE EXCEPTION 'The allocation log is kept as written: only the database''s owner may change or delete '
            'its lines.' USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;

CREATE TRIGGER allocation_log_kept BEFORE UPDATE OR DELETE ON allocation_log
    FOR EACH ROW EXECUTE FUNCTION planner_log_kept();
CREATE TRIGGER allocation_log_kept_whole BEFORE TRUNCATE ON allocation_log
    FOR EACH STATEMENT EXECUTE FUNCTION planner_log_kept();

-- Nobody may call the planner's functions but those the owner allows (server-setup grants the announcement to
-- the managers' group). Those who could write allocations until now keep the announcement their writes make, so
-- the upgrade stops nobody working; the owner's next server-setup leaves exactly the planner's groups.
-- A server's superuser may have granted these, so every grant but the owner's goes: the log's UPDATE, DELETE and
-- TRUNCATE, and any change at all to Flyway's migration history, which would lock every login out.
DO $$
DECLARE
    f TEXT;
    writer TEXT;
    grantee TEXT;
BEGIN
    FOREACH f IN ARRAY ARRAY['planner_tell(text, text, bigint)', 'planner_allocations_changed()',
            'planner_rows_changed()', 'planner_all_changed()', 'planner_stamp()', 'planner_log_kept()'] LOOP
        EXECUTE 'REVOKE ALL ON FUNCTION ' || f || ' FROM PUBLIC';
    END LOOP;
    FOR writer IN SELECT DISTINCT a.grantee::regrole::TEXT
                  FROM pg_class c, aclexplode(c.relacl) a
                  WHERE c.oid = 'allocation'::regclass AND a.privilege_type = 'INSERT'
                    AND a.grantee <> 0 AND a.grantee <> c.relowner LOOP
        EXECUTE 'GRANT EXECUTE ON FUNCTION planner_tell(text, text, bigint) TO ' || writer;
    END LOOP;
    FOR grantee IN SELECT DISTINCT CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE a.grantee::regrole::TEXT END
                   FROM pg_class c, aclexplode(c.relacl) a
                   WHERE c.oid = 'allocation_log'::regclass AND a.grantee <> c.relowner
                     AND a.privilege_type IN ('UPDATE', 'DELETE', 'TRUNCATE') LOOP
        EXECUTE 'REVOKE UPDATE, DELETE, TRUNCATE ON allocation_log FROM ' || grantee;
    END LOOP;
    IF to_regclass('flyway_schema_history') IS NOT NULL THEN
        FOR grantee IN SELECT DISTINCT CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE a.grantee::regrole::TEXT END
                       FROM pg_class c, aclexplode(c.relacl) a
                       WHERE c.oid = 'flyway_schema_history'::regclass AND a.grantee <> c.relowner
                         AND a.privilege_type <> 'SELECT' LOOP
            EXECUTE 'REVOKE INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON flyway_schema_history FROM '
                || grantee;
        END LOOP;
    END IF;
END $$;
