-- People who sign in to the fleet's web pages (the cashier's page, the operators' dashboard).
-- The password is kept only as a PBKDF2-HMAC-SHA256 hash with its own salt and iteration count.
-- Failed sign-ins are counted; too many in a row lock the account for a while.
CREATE TABLE staff_accounts (
    name            VARCHAR(100) PRIMARY KEY,
    role            VARCHAR(16) NOT NULL CHECK (role IN ('CASHIER', 'OPERATOR', 'ADMIN')),
    password_hash   VARCHAR(200) NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL,
    failed_sign_ins INTEGER NOT NULL DEFAULT 0 CHECK (failed_sign_ins >= 0),
    locked_until    TIMESTAMPTZ,
    disabled_at     TIMESTAMPTZ
);

-- Signed-in browsers. Only the SHA-256 of the session cookie is kept; each session has its own
-- CSRF token and ends when idle too long or at its absolute limit, whichever comes first. Any
-- instance of the service reads them, so a cashier's page works behind a load balancer.
CREATE TABLE web_sessions (
    session_sha256 CHAR(64) PRIMARY KEY,
    name           VARCHAR(100) NOT NULL REFERENCES staff_accounts (name),
    csrf_token     VARCHAR(64) NOT NULL,
    created_at     TIMESTAMPTZ NOT NULL,
    last_seen_at   TIMESTAMPTZ NOT NULL,
    expires_at     TIMESTAMPTZ NOT NULL,
    ended_at       TIMESTAMPTZ
);
CREATE INDEX web_sessions_by_expiry ON web_sessions (expires_at);

-- Every sign-in attempt, successful or not (no password is ever recorded).
CREATE TABLE sign_in_attempts (
    attempt_id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name       VARCHAR(100) NOT NULL,
    at         TIMESTAMPTZ NOT NULL,
    outcome    VARCHAR(16) NOT NULL,
    instance   VARCHAR(100) NOT NULL
);
