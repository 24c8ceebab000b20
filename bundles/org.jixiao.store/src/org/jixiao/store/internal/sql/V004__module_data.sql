-- Schema version 4: the data of business modules (their ledgers, 台账) and the stable row ids.
-- MODULE_DATA keeps each module's data of an evaluation as the XMI document the module's own EPackage
-- writes, so that a module adds ledger types without a change to this schema; a module that is not
-- installed keeps its document unchanged. INDICATOR_ROW gains the row's stable id (ROW_UID, by which
-- evidence is attached) and whether the officer entered the actual value by hand over the ledger's.

CREATE TABLE MODULE_DATA (
  EVALUATION_ID BIGINT NOT NULL REFERENCES EVALUATION (ID) ON DELETE CASCADE,
  POS INT NOT NULL,
  MODULE_ID VARCHAR(200) NOT NULL,
  NS_URI VARCHAR(1000) NOT NULL,
  CONTENT CLOB NOT NULL,
  PRIMARY KEY (EVALUATION_ID, POS)
);

ALTER TABLE INDICATOR_ROW ADD COLUMN ROW_UID VARCHAR(64);
ALTER TABLE INDICATOR_ROW ADD COLUMN ACTUAL_BY_HAND BOOLEAN NOT NULL DEFAULT FALSE;
