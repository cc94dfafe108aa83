-- What the seller of each trade agreed to, pinned when they agreed: the consent text exactly as the
-- screen showed it, its language and the SHA-256 of its UTF-8 bytes. The trade's certificate cites
-- this record by the hash; nothing about the consent is rebuilt later.
CREATE TABLE consents (
    trade_id     VARCHAR(100) PRIMARY KEY REFERENCES trades (trade_id),
    text_version VARCHAR(100) NOT NULL,
    language     VARCHAR(35) NOT NULL,
    text_sha256  CHAR(64) NOT NULL CHECK (REGEXP_LIKE(text_sha256, '^[0-9a-f]{64}$')),
    consent_text CHARACTER VARYING NOT NULL,
    consented_at TIMESTAMP(9) WITH TIME ZONE NOT NULL
);
