-- Schema version 5: evidence files (佐证材料) attached to an indicator row or a ledger entry.
-- OWNER_UID is the stable uid of the row (Indicator.uid, LedgerEntry.uid); OWNER_PATH is the row's
-- path when the file was attached (产出指标/数量指标/发展党员), for messages and the audit trail once
-- the row is gone. CONTENT holds the file's bytes; SIZE_BYTES and SHA256 (lower-case hexadecimal) are
-- computed while it is stored. The rows go with their evaluation (ON DELETE CASCADE); a copy to a new
-- year does not take them along.

CREATE TABLE EVIDENCE (
  ID BIGINT GENERATED ALWAYS AS IDENTITY (START WITH 1) PRIMARY KEY,
  EVALUATION_ID BIGINT NOT NULL REFERENCES EVALUATION (ID) ON DELETE CASCADE,
  OWNER_UID VARCHAR(200) NOT NULL,
  OWNER_PATH VARCHAR(4000),
  FILE_NAME VARCHAR(1000) NOT NULL,
  MEDIA_TYPE VARCHAR(200) NOT NULL,
  SIZE_BYTES BIGINT NOT NULL,
  SHA256 CHAR(64) NOT NULL,
  ADDED_BY VARCHAR(200) NOT NULL,
  ADDED_AT TIMESTAMP NOT NULL,
  CONTENT BLOB(2G) NOT NULL
);

CREATE INDEX EVIDENCE_OWNER ON EVIDENCE (EVALUATION_ID, OWNER_UID);
