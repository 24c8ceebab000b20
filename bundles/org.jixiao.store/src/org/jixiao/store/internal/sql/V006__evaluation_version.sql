-- Schema version 6: a version number per evaluation, for concurrent edits. It starts at 1 and every
-- successful update adds 1 in the same transaction; an update that names the version its caller
-- loaded is refused when the stored version is newer (two officers never silently overwrite each
-- other).

ALTER TABLE EVALUATION ADD COLUMN VERSION INTEGER NOT NULL DEFAULT 1;
