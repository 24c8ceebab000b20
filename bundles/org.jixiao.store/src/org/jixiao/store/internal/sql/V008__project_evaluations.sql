-- Schema version 8: project evaluations (项目支出绩效自评) beside the department's (部门整体), and
-- indicators that do not apply (不适用).
-- EVALUATION_PROJECT holds what an evaluation evaluates: KIND is the literal of EvaluationKind
-- (department, project, carriedOver); a project evaluation names its project (PROJECT_NAME) and the
-- project's code (PROJECT_CODE, 项目编码), the stable link to the budget project of the same code in its
-- department's evaluation (BUDGET_PROJECT.CODE). ILLUSTRATIVE marks an evaluation whose figures are
-- made up (a sample). An evaluation without a row is a department's whose figures are not illustrative,
-- as every evaluation saved before this version.
-- DEPARTMENT.COMPETENT_DEPARTMENT_CODE is the 主管部门's code as published; INDICATOR_ROW.NOT_APPLICABLE
-- marks a row left out of the total, which is then rescaled to 100.

CREATE TABLE EVALUATION_PROJECT (
  EVALUATION_ID BIGINT NOT NULL PRIMARY KEY REFERENCES EVALUATION (ID) ON DELETE CASCADE,
  KIND VARCHAR(16) NOT NULL CONSTRAINT EVALUATION_PROJECT_KIND CHECK (KIND IN ('department', 'project', 'carriedOver')),
  PROJECT_NAME VARCHAR(1000),
  PROJECT_CODE VARCHAR(200),
  ILLUSTRATIVE BOOLEAN NOT NULL
);

CREATE INDEX EVALUATION_PROJECT_CODE ON EVALUATION_PROJECT (PROJECT_CODE);

ALTER TABLE DEPARTMENT ADD COLUMN COMPETENT_DEPARTMENT_CODE VARCHAR(200);
ALTER TABLE BUDGET_PROJECT ADD COLUMN CODE VARCHAR(200);
ALTER TABLE INDICATOR_ROW ADD COLUMN NOT_APPLICABLE BOOLEAN NOT NULL DEFAULT FALSE;
