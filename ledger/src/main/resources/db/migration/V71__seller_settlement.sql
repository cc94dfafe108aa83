-- How each seller was settled with. A trade is paid only once its payout reached the seller: the
-- voucher came off the printer, was saved from the screen, was handed over by staff, or staff paid
-- by hand (and voided the voucher, if there was one).
CREATE TABLE payouts (
    trade_id     VARCHAR(100) PRIMARY KEY REFERENCES trades (trade_id),
    how          VARCHAR(32) NOT NULL
        CHECK (how IN ('VOUCHER_PRINTED', 'VOUCHER_SAVED_FROM_SCREEN', 'VOUCHER_BY_STAFF', 'BY_HAND')),
    voucher_id   VARCHAR(100) REFERENCES vouchers (voucher_id),
    actor        VARCHAR(200) NOT NULL,
    amount_minor BIGINT NOT NULL CHECK (amount_minor >= 0),
    currency     CHAR(3) NOT NULL,
    paid_at      TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    ledger_seq   BIGINT NOT NULL,
    CHECK ((how = 'BY_HAND') = (voucher_id IS NULL))
);

-- A voucher that must never be redeemed, because its seller was paid another way.
ALTER TABLE vouchers ADD COLUMN voided_at TIMESTAMP(9) WITH TIME ZONE;
ALTER TABLE vouchers ADD COLUMN voided_by VARCHAR(200);
ALTER TABLE vouchers ADD COLUMN void_reason VARCHAR(400);

-- A certificate whose erased phone went back to its owner instead of into a bin.
ALTER TABLE certificates ADD COLUMN returned_at TIMESTAMP(9) WITH TIME ZONE;
ALTER TABLE certificates ADD COLUMN returned_by VARCHAR(200);

-- What an alert says the seller is owed; such an alert is resolved only once the seller is paid
-- or the trade is voided.
ALTER TABLE operator_alerts ADD COLUMN owed_minor BIGINT;
ALTER TABLE operator_alerts ADD COLUMN owed_currency CHAR(3);
