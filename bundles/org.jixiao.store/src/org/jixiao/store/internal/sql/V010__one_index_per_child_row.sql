-- One index per row of the tables below EVALUATION that hold a list (issue 16, the store's save).
--
-- A save replaces these rows as a whole: it deletes the evaluation's rows and inserts them again, in
-- one transaction that holds the tables locked (EvaluationWriter). Each row carried two B-trees: its
-- primary key on (EVALUATION_ID, positions...) and the backing index of its foreign key on
-- EVALUATION_ID, which Derby cannot share with the longer key. Index maintenance was the largest
-- part of a save. The positions are written by the one writer and read back in their order; no key
-- and no other table refers to them. The foreign keys stay, with their backing indexes and their
-- ON DELETE CASCADE: a row still cannot outlive or precede its evaluation.
ALTER TABLE BUDGET_LINE DROP PRIMARY KEY;
ALTER TABLE BUDGET_PROJECT DROP PRIMARY KEY;
ALTER TABLE GOAL DROP PRIMARY KEY;
ALTER TABLE INDICATOR_CATEGORY DROP PRIMARY KEY;
ALTER TABLE INDICATOR_SUBCATEGORY DROP PRIMARY KEY;
ALTER TABLE INDICATOR_ROW DROP PRIMARY KEY;
ALTER TABLE SCORE_ADJUSTMENT DROP PRIMARY KEY;
ALTER TABLE INDICATOR_DETAIL DROP PRIMARY KEY;
ALTER TABLE NARRATIVE_SECTION DROP PRIMARY KEY;
ALTER TABLE NARRATIVE_PARAGRAPH DROP PRIMARY KEY;
ALTER TABLE MODULE_DATA DROP PRIMARY KEY;

-- A prefix of EVALUATION_REVIEW_STATE (FISCAL_YEAR, REVIEW_STATE), which serves the same queries.
DROP INDEX EVALUATION_YEAR;
-- No query looks a department up by its name; the navigator filters on EVALUATION.UNIT (V007).
DROP INDEX DEPARTMENT_NAME;
