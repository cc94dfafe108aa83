-- Vouchers a kiosk voided because staff paid the seller another way (by hand): a counter must
-- refuse them, whichever store the voucher is shown at.
CREATE TABLE voucher_voids (
    voucher_id CHAR(32) PRIMARY KEY,
    kiosk_id   VARCHAR(64) NOT NULL REFERENCES kiosks (kiosk_id),
    trade_id   VARCHAR(100) NOT NULL,
    voided_by  VARCHAR(100) NOT NULL,
    reason     TEXT NOT NULL,
    voided_at  TIMESTAMPTZ NOT NULL
);
