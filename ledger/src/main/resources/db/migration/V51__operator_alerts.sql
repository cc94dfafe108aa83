-- What staff must look at, from the session that raised it until an operator resolves it. The
-- detail is the kiosk's own wording and holds no personal data; resolved alerts stay as history.
CREATE TABLE operator_alerts (
    alert_id    VARCHAR(200) PRIMARY KEY,
    kind        VARCHAR(64) NOT NULL,
    session_id  VARCHAR(200) NOT NULL,
    bin         INTEGER,
    trade_id    VARCHAR(100),
    detail      CHARACTER VARYING NOT NULL,
    raised_at   TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    resolved_at TIMESTAMP(9) WITH TIME ZONE,
    resolved_by VARCHAR(32),
    CHECK ((resolved_at IS NULL) = (resolved_by IS NULL))
);
CREATE INDEX operator_alerts_open ON operator_alerts (resolved_at, raised_at);
