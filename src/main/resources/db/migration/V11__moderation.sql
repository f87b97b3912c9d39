-- Issue 11: a class set's own name, and a reviewed state per answer (accepting a suggestion, or overriding it).
-- Portable SQL: runs unchanged on H2 and PostgreSQL.

ALTER TABLE batch ADD COLUMN name VARCHAR(200);
UPDATE batch SET name = file_name;

ALTER TABLE answer ADD COLUMN reviewed_by VARCHAR(100);
ALTER TABLE answer ADD COLUMN reviewed_at TIMESTAMP WITH TIME ZONE;
UPDATE answer SET reviewed_by = override_by, reviewed_at = override_at WHERE override_mark IS NOT NULL;
