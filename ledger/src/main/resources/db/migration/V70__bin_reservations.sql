-- Bins the pre-erase gate reserved for a trade before its phone is erased: one reservation per bin
-- and per trade. A reservation ends when the phone goes into a bin, when the trade is voided, or
-- when the session that made it ends (FactWriter).
CREATE TABLE bin_reservations (
    bin      INTEGER PRIMARY KEY CHECK (bin >= 1),
    trade_id VARCHAR(100) NOT NULL UNIQUE REFERENCES trades (trade_id),
    since    TIMESTAMP(9) WITH TIME ZONE NOT NULL
);
