-- Each allocation change carries an id its planner made before writing it: when the connection to a council's
-- server breaks at the moment of commit, the planner looks for that id to tell the manager whether it was saved.
ALTER TABLE allocation_log ADD COLUMN change_id UUID;
CREATE INDEX allocation_log_change ON allocation_log (change_id);
