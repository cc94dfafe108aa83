-- The ledger's identity: one random id, made when the ledger is made (or first migrated to this
-- version). The kiosk keeps it, with its high-water mark, outside the ledger file (LedgerMark),
-- so a ledger replaced by another one is recognised at start.
CREATE TABLE ledger_identity (
    ledger_id  VARCHAR(36) PRIMARY KEY,
    created_at TIMESTAMP(9) WITH TIME ZONE NOT NULL
);

INSERT INTO ledger_identity (ledger_id, created_at) VALUES (CAST(RANDOM_UUID() AS VARCHAR(36)), CURRENT_TIMESTAMP(9));
