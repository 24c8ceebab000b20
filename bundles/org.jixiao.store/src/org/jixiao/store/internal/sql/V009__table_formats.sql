-- Schema version 9: the table formats of other provinces, and what the newer rules ask of an indicator.
-- EVALUATION.FORMAT_ID is the id of the table format (TableFormat) the evaluation was imported from or is
-- to be exported in; NULL is the default format for its kind, as for every evaluation saved before.
-- INDICATOR_ROW.INITIAL_TARGET_TEXT is the 年初指标值 as written where a table has both the year's initial
-- and adjusted targets (TARGET_TEXT stays the adjusted one that scoring uses); TARGET_BASIS is the literal
-- of TargetBasis (计划标准, 行业标准, 历史标准, 其他标准) or NULL when the table does not say;
-- SCORING_CRITERION is the 评（扣）分标准 as written.

ALTER TABLE EVALUATION ADD COLUMN FORMAT_ID VARCHAR(200);
ALTER TABLE INDICATOR_ROW ADD COLUMN INITIAL_TARGET_TEXT VARCHAR(4000);
ALTER TABLE INDICATOR_ROW ADD COLUMN TARGET_BASIS VARCHAR(16);
ALTER TABLE INDICATOR_ROW ADD COLUMN SCORING_CRITERION VARCHAR(32672);
