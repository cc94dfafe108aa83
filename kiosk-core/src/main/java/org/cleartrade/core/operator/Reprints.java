package org.cleartrade.core.operator;

/** Reprints a trade's receipts from what the ledger stored; wired by the composition root. */
public interface Reprints {

    /** @throws org.cleartrade.ports.DeviceException when the printer cannot print */
    void reprint(String tradeId);
}
