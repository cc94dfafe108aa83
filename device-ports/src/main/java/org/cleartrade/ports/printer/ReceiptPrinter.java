package org.cleartrade.ports.printer;

/**
 * A receipt printer. {@link #print} reads the real-time status before the job and after it, and
 * throws {@link PrinterException} carrying that status when the job cannot be printed or did not
 * finish, so the session can show the receipt on screen instead and tell the operator.
 */
public interface ReceiptPrinter {

    /** Asks the printer for its real-time status. */
    PrinterStatus status();

    /** Prints the receipt and cuts the paper. */
    void print(Receipt receipt);
}
