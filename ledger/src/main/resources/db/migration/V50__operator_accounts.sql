-- Staff who may sign in at this kiosk, and their sign-in throttling. PINs are stored only as
-- PBKDF2-HMAC-SHA256 hashes in their text form (pbkdf2-sha256$iterations$salt$hash).
CREATE TABLE operators (
    operator_id  VARCHAR(32) PRIMARY KEY,
    display_name VARCHAR(200) NOT NULL,
    role         VARCHAR(16) NOT NULL CHECK (role IN ('OPERATOR', 'TECHNICIAN')),
    pin_hash     VARCHAR(200) NOT NULL,
    updated_at   TIMESTAMP(9) WITH TIME ZONE NOT NULL
);

-- Kept per typed id, known or not, so that guessing ids is throttled too; kept across restarts
-- so that power-cycling the kiosk does not reset a lockout.
CREATE TABLE operator_logins (
    operator_id          VARCHAR(200) PRIMARY KEY,
    consecutive_failures INTEGER NOT NULL CHECK (consecutive_failures >= 0),
    locked_until         TIMESTAMP(9) WITH TIME ZONE
);
