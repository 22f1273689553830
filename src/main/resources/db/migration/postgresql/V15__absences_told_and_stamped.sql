-- Absences and reductions are told to every planner connected, like workers (their ids), and stamped by the
-- server with the login and time of their last change, so a manager's out-of-date form can say who changed one.
CREATE TRIGGER worker_absence_inserted AFTER INSERT ON worker_absence REFERENCING NEW TABLE AS after_rows
    FOR EACH STATEMENT EXECUTE FUNCTION planner_rows_changed('absence');
CREATE TRIGGER worker_absence_updated AFTER UPDATE ON worker_absence REFERENCING NEW TABLE AS after_rows
    FOR EACH STATEMENT EXECUTE FUNCTION planner_rows_changed('absence');
CREATE TRIGGER worker_absence_deleted AFTER DELETE ON worker_absence REFERENCING OLD TABLE AS before_rows
    FOR EACH STATEMENT EXECUTE FUNCTION planner_rows_changed('absence');
CREATE TRIGGER worker_absence_stamped BEFORE INSERT OR UPDATE ON worker_absence
    FOR EACH ROW EXECUTE FUNCTION planner_stamp_change();
