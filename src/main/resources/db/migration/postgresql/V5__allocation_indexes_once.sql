-- The H2 file drops two allocation indexes here that its foreign keys had given it; PostgreSQL never had them
-- (its V1 makes one index a column), so this version only describes the table, keeping both engines' numbers.
COMMENT ON TABLE allocation IS 'Every period a social worker held a case: the full history of allocations.';
