-- The ledger high-water mark each kiosk reports in its heartbeat (identity, journal entries, audit
-- links and audit head as of its last synced commit), and the last time a report went back: the
-- same ledger with less in it, or another ledger. A mark that went back means the kiosk runs on a
-- ledger restored from an older backup, or replaced; it stays on the dashboard as a problem, with
-- when it was seen (the last such event wins).
ALTER TABLE kiosks
    ADD COLUMN ledger_id              VARCHAR(36),
    ADD COLUMN ledger_journal_entries BIGINT,
    ADD COLUMN ledger_audit_links     BIGINT,
    ADD COLUMN ledger_audit_head      CHAR(64),
    ADD COLUMN ledger_reported_at     TIMESTAMPTZ,
    ADD COLUMN ledger_problem         TEXT,
    ADD COLUMN ledger_problem_at      TIMESTAMPTZ;
