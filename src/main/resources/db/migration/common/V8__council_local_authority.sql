-- Which local authority the council is in the DfE's published statistics (its three-digit LA number, or two
-- joined as "314 / 318" where councils publish together), so the dashboard can set its own measures beside
-- what it, its region and its statistical neighbours published.

ALTER TABLE council ADD COLUMN la_number VARCHAR(16);
