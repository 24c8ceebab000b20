-- Schema version 2: the accounts of a served store (jixiao server start, jixiao users).
-- Each row is a Derby user of the database's NATIVE authentication with its one role, which is also
-- a Derby SQL role granted to that user: FILLER (填报, an officer of UNIT), SUPERVISOR (主管部门审核,
-- a reviewer of DEPARTMENT, the 主管部门), BUREAU (财政复核) or ADMIN (管理). The database grants its
-- privileges to the roles, so the role here is what the database enforces. Rows are written only by
-- the account procedures, which run with the owner's rights (ServerDatabases); the embedded
-- single-user store has no rows.

CREATE TABLE ACCOUNT (
  USER_NAME VARCHAR(128) NOT NULL PRIMARY KEY,
  ROLE_NAME VARCHAR(16) NOT NULL CONSTRAINT ACCOUNT_ROLE CHECK (ROLE_NAME IN ('FILLER', 'SUPERVISOR', 'BUREAU', 'ADMIN')),
  UNIT VARCHAR(400),
  DEPARTMENT VARCHAR(400),
  CREATED_AT TIMESTAMP NOT NULL,
  CREATED_BY VARCHAR(128) NOT NULL,
  CONSTRAINT ACCOUNT_FILLER_UNIT CHECK (ROLE_NAME <> 'FILLER' OR UNIT IS NOT NULL),
  CONSTRAINT ACCOUNT_SUPERVISOR_DEPARTMENT CHECK (ROLE_NAME <> 'SUPERVISOR' OR DEPARTMENT IS NOT NULL)
);

CREATE INDEX ACCOUNT_UNIT ON ACCOUNT (UNIT);
