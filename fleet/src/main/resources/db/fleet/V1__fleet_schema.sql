-- The fleet's record, shared by every instance of the service. Instances keep no state of their
-- own: whatever must hold across instances (one redemption per voucher, one document per kiosk
-- sequence number, one use per enrolment code, one use per request nonce) is a key here.

-- A kiosk of the fleet. high_water is the sequence number of the last outbox document stored;
-- the next one accepted is high_water + 1 (documents are stored in order, exactly once).
CREATE TABLE kiosks (
    kiosk_id          VARCHAR(64) PRIMARY KEY,
    location          VARCHAR(200),
    enrolled_at       TIMESTAMPTZ NOT NULL,
    high_water        BIGINT NOT NULL DEFAULT 0 CHECK (high_water >= 0),
    last_contact_at   TIMESTAMPTZ,
    last_heartbeat_at TIMESTAMPTZ,
    last_heartbeat    JSONB
);

-- One-time enrolment codes. Only the SHA-256 of a code is kept; a code is used once, before it
-- expires, by the kiosk it was issued for.
CREATE TABLE enrolment_codes (
    code_sha256 CHAR(64) PRIMARY KEY,
    kiosk_id    VARCHAR(64) NOT NULL,
    location    VARCHAR(200),
    issued_by   VARCHAR(100) NOT NULL,
    issued_at   TIMESTAMPTZ NOT NULL,
    expires_at  TIMESTAMPTZ NOT NULL,
    used_at     TIMESTAMPTZ,
    key_id      CHAR(16),
    CHECK (expires_at > issued_at),
    CHECK ((used_at IS NULL) = (key_id IS NULL))
);

-- Every key a kiosk ever had, certified by the fleet key. Rows are never deleted: a rotated key
-- still verifies what it signed before its rotation; a revoked key verifies nothing any more.
CREATE TABLE kiosk_keys (
    key_id        CHAR(16) PRIMARY KEY,
    kiosk_id      VARCHAR(64) NOT NULL REFERENCES kiosks (kiosk_id),
    public_key    BYTEA NOT NULL CHECK (length(public_key) = 32),
    certificate   TEXT NOT NULL,
    signature     TEXT NOT NULL,
    certified_at  TIMESTAMPTZ NOT NULL,
    status        VARCHAR(8) NOT NULL CHECK (status IN ('ACTIVE', 'ROTATED', 'REVOKED')),
    retired_at    TIMESTAMPTZ,
    revoked_by    VARCHAR(100),
    revoke_reason VARCHAR(400)
);
-- A kiosk signs requests with exactly one key at a time.
CREATE UNIQUE INDEX kiosk_keys_one_active ON kiosk_keys (kiosk_id) WHERE status = 'ACTIVE';

-- Signed requests already seen, so that a captured request cannot be played again. Kept for
-- longer than the accepted clock skew; older ones are refused by their time alone.
CREATE TABLE request_nonces (
    kiosk_id VARCHAR(64) NOT NULL,
    nonce    VARCHAR(64) NOT NULL,
    seen_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (kiosk_id, nonce)
);
CREATE INDEX request_nonces_by_age ON request_nonces (seen_at);

-- Every outbox document as the kiosk sent it, once per (kiosk, sequence number).
CREATE TABLE outbox_documents (
    kiosk_id    VARCHAR(64) NOT NULL REFERENCES kiosks (kiosk_id),
    seq         BIGINT NOT NULL CHECK (seq >= 1),
    doc_type    VARCHAR(32) NOT NULL,
    doc_version INTEGER NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL,
    received_at TIMESTAMPTZ NOT NULL,
    sha256      CHAR(64) NOT NULL,
    document    JSONB NOT NULL,
    PRIMARY KEY (kiosk_id, seq)
);

-- What the documents say, kept current as they arrive (in order, so the last one wins).
CREATE TABLE trades (
    kiosk_id     VARCHAR(64) NOT NULL REFERENCES kiosks (kiosk_id),
    trade_id     VARCHAR(100) NOT NULL,
    session_id   VARCHAR(100) NOT NULL,
    status       VARCHAR(16) NOT NULL,
    manufacturer VARCHAR(200) NOT NULL,
    model        VARCHAR(200) NOT NULL,
    serial       VARCHAR(200) NOT NULL,
    imei         VARCHAR(32),
    offer_minor  BIGINT NOT NULL,
    currency     CHAR(3) NOT NULL,
    bin          INTEGER,
    hold_until   TIMESTAMPTZ,
    flagged      BOOLEAN NOT NULL,
    accepted_at  TIMESTAMPTZ NOT NULL,
    updated_at   TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (kiosk_id, trade_id)
);
CREATE INDEX trades_by_day ON trades (accepted_at);

CREATE TABLE certificates (
    certificate_id VARCHAR(100) PRIMARY KEY,
    kiosk_id       VARCHAR(64) NOT NULL REFERENCES kiosks (kiosk_id),
    trade_id       VARCHAR(100) NOT NULL,
    document       TEXT NOT NULL,
    qr_payload     TEXT NOT NULL,
    issued_at      TIMESTAMPTZ NOT NULL
);
CREATE INDEX certificates_by_trade ON certificates (kiosk_id, trade_id);

CREATE TABLE vouchers (
    voucher_id   CHAR(32) PRIMARY KEY,
    kiosk_id     VARCHAR(64) NOT NULL REFERENCES kiosks (kiosk_id),
    trade_id     VARCHAR(100) NOT NULL,
    amount_minor BIGINT NOT NULL,
    currency     CHAR(3) NOT NULL,
    expires_at   TIMESTAMPTZ NOT NULL,
    issued_at    TIMESTAMPTZ NOT NULL
);

-- A phone entering or leaving a bin, and what each bin holds now.
CREATE TABLE custody_events (
    kiosk_id    VARCHAR(64) NOT NULL REFERENCES kiosks (kiosk_id),
    seq         BIGINT NOT NULL,
    bin         INTEGER NOT NULL,
    trade_id    VARCHAR(100),
    change      VARCHAR(16) NOT NULL,
    operator_id VARCHAR(100),
    at          TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (kiosk_id, seq)
);

CREATE TABLE bins (
    kiosk_id   VARCHAR(64) NOT NULL REFERENCES kiosks (kiosk_id),
    bin        INTEGER NOT NULL,
    trade_id   VARCHAR(100),
    hold_until TIMESTAMPTZ,
    since      TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (kiosk_id, bin)
);

CREATE TABLE custody_manifests (
    manifest_id VARCHAR(100) NOT NULL,
    kiosk_id    VARCHAR(64) NOT NULL REFERENCES kiosks (kiosk_id),
    operator_id VARCHAR(100) NOT NULL,
    document    TEXT NOT NULL,
    key_id      VARCHAR(100) NOT NULL,
    signature   VARCHAR(200) NOT NULL,
    issued_at   TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (kiosk_id, manifest_id)
);

CREATE TABLE alerts (
    kiosk_id    VARCHAR(64) NOT NULL REFERENCES kiosks (kiosk_id),
    alert_id    VARCHAR(200) NOT NULL,
    kind        VARCHAR(64) NOT NULL,
    session_id  VARCHAR(200) NOT NULL,
    bin         INTEGER,
    trade_id    VARCHAR(100),
    detail      TEXT NOT NULL,
    raised_at   TIMESTAMPTZ NOT NULL,
    resolved_at TIMESTAMPTZ,
    resolved_by VARCHAR(100),
    PRIMARY KEY (kiosk_id, alert_id)
);
CREATE INDEX alerts_open ON alerts (raised_at) WHERE resolved_at IS NULL;

-- Anonymous counts: how sessions ended, nothing about the seller.
CREATE TABLE session_outcomes (
    kiosk_id     VARCHAR(64) NOT NULL REFERENCES kiosks (kiosk_id),
    session_id   VARCHAR(100) NOT NULL,
    jurisdiction VARCHAR(16) NOT NULL,
    outcome      VARCHAR(64) NOT NULL,
    phase        VARCHAR(64) NOT NULL,
    ended_at     TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (kiosk_id, session_id)
);

-- Vouchers redeemed fleet-wide: the primary key is what makes a second redemption impossible,
-- whichever instance it reaches.
CREATE TABLE voucher_redemptions (
    voucher_id   CHAR(32) PRIMARY KEY,
    kiosk_id     VARCHAR(64) NOT NULL,
    trade_id     VARCHAR(100) NOT NULL,
    amount_minor BIGINT NOT NULL,
    currency     CHAR(3) NOT NULL,
    redeemed_at  TIMESTAMPTZ NOT NULL,
    redeemed_by  VARCHAR(100) NOT NULL,
    instance     VARCHAR(100) NOT NULL
);

-- Every redemption attempt, successful or not.
CREATE TABLE redemption_attempts (
    attempt_id  BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    voucher_id  VARCHAR(64) NOT NULL,
    at          TIMESTAMPTZ NOT NULL,
    attempted_by VARCHAR(100) NOT NULL,
    instance    VARCHAR(100) NOT NULL,
    outcome     VARCHAR(32) NOT NULL,
    detail      TEXT NOT NULL
);
CREATE INDEX redemption_attempts_by_voucher ON redemption_attempts (voucher_id);

-- Signed price books as published; kiosks get the one issued last.
CREATE TABLE price_books (
    version      VARCHAR(100) PRIMARY KEY,
    issued_at    TIMESTAMPTZ NOT NULL,
    envelope     BYTEA NOT NULL,
    etag         VARCHAR(80) NOT NULL,
    published_by VARCHAR(100) NOT NULL,
    published_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX price_books_newest ON price_books (issued_at DESC);

-- The IMEI block list, fed by CSV imports; every import is kept with who and when.
CREATE TABLE block_list_imports (
    import_id   BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    imported_by VARCHAR(100) NOT NULL,
    imported_at TIMESTAMPTZ NOT NULL,
    file_sha256 CHAR(64) NOT NULL,
    blocked     INTEGER NOT NULL,
    cleared     INTEGER NOT NULL
);

CREATE TABLE blocked_imeis (
    imei       CHAR(15) PRIMARY KEY,
    reason     VARCHAR(200) NOT NULL,
    import_id  BIGINT NOT NULL REFERENCES block_list_imports (import_id),
    blocked_at TIMESTAMPTZ NOT NULL
);

-- People and programs that use the fleet's staff API (cashiers, operators, administrators).
-- Only the SHA-256 of a token is kept.
CREATE TABLE staff_tokens (
    token_sha256 CHAR(64) PRIMARY KEY,
    name         VARCHAR(100) NOT NULL,
    role         VARCHAR(16) NOT NULL CHECK (role IN ('CASHIER', 'OPERATOR', 'ADMIN')),
    created_at   TIMESTAMPTZ NOT NULL,
    revoked_at   TIMESTAMPTZ
);

-- What administrators did (enrolment codes, revocations, publications, imports, tokens).
CREATE TABLE admin_audit (
    entry_id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at       TIMESTAMPTZ NOT NULL,
    actor    VARCHAR(100) NOT NULL,
    action   VARCHAR(64) NOT NULL,
    detail   TEXT NOT NULL
);
