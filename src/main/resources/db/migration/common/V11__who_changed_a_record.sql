-- Who last changed a team, a worker, a case or the caseload limits, and when: a council's server stamps them itself (its login and
-- its clock), so a manager whose form is out of date can be told who changed the record and when.
ALTER TABLE team ADD COLUMN changed_by VARCHAR(80);
ALTER TABLE team ADD COLUMN changed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE social_worker ADD COLUMN changed_by VARCHAR(80);
ALTER TABLE social_worker ADD COLUMN changed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE child_case ADD COLUMN changed_by VARCHAR(80);
ALTER TABLE child_case ADD COLUMN changed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE policy ADD COLUMN changed_by VARCHAR(80);
ALTER TABLE policy ADD COLUMN changed_at TIMESTAMP WITH TIME ZONE;
