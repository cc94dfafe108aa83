package org.cleartrade.ports.printer;

import java.util.List;

/**
 * A receipt as a printer-independent list of blocks. Documents are composed in kiosk-core; the
 * ESC/POS encoder and the virtual printer turn them into bytes or pixels.
 */
public record Receipt(String title, List<ReceiptBlock> blocks) {
    public Receipt {
        blocks = List.copyOf(blocks);
    }
}
