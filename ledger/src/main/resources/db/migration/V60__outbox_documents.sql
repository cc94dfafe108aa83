-- The outbox holds versioned JSON documents (docs/outbox.md), numbered 1, 2, 3... without gaps so
-- that the fleet can store each exactly once and in order. The free-text messages of the first
-- format were never sent anywhere (no fleet service read them); they are kept aside, unsent.
ALTER TABLE outbox RENAME TO outbox_legacy;
ALTER INDEX outbox_pending RENAME TO outbox_legacy_pending;

CREATE TABLE outbox (
    seq         BIGINT PRIMARY KEY CHECK (seq >= 1),
    doc_type    VARCHAR(32) NOT NULL,
    doc_version INTEGER NOT NULL CHECK (doc_version >= 1),
    document    CHARACTER VARYING NOT NULL,
    created_at  TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    sent_at     TIMESTAMP(9) WITH TIME ZONE
);
CREATE INDEX outbox_pending ON outbox (sent_at, seq);
