package org.cleartrade.core.operator;

import java.time.Instant;
import java.util.List;

/**
 * The chain-of-custody record of one restock: which phones left which bins, in whose hands, and
 * every discrepancy found. {@link #canonicalText()} is what is signed and stored.
 */
public record CustodyManifest(
        String manifestId,
        String kioskId,
        String operatorId,
        Instant openedAt,
        Instant closedAt,
        List<Release> releases,
        List<Discrepancy> discrepancies) {

    public CustodyManifest {
        releases = List.copyOf(releases);
        discrepancies = List.copyOf(discrepancies);
    }

    /** One phone handed from its bin to the operator. */
    public record Release(int bin, String tradeId, String phoneId, String model, Instant at) {}

    /**
     * A line-oriented text with a fixed field order, so the same manifest always signs the same
     * bytes. Values are free of line breaks by construction (ids, models, reasons).
     */
    public String canonicalText() {
        StringBuilder text = new StringBuilder()
                .append("ClearTrade custody manifest v1\n")
                .append("manifest: ")
                .append(manifestId)
                .append('\n')
                .append("kiosk: ")
                .append(kioskId)
                .append('\n')
                .append("operator: ")
                .append(operatorId)
                .append('\n')
                .append("opened: ")
                .append(openedAt)
                .append('\n')
                .append("closed: ")
                .append(closedAt)
                .append('\n');
        for (Release r : releases) {
            text.append("release: bin=")
                    .append(r.bin())
                    .append(" trade=")
                    .append(r.tradeId())
                    .append(" phone=")
                    .append(r.phoneId())
                    .append(" model=")
                    .append(oneLine(r.model()))
                    .append(" at=")
                    .append(r.at())
                    .append('\n');
        }
        for (Discrepancy d : discrepancies) {
            text.append("discrepancy: bin=")
                    .append(d.bin())
                    .append(" kind=")
                    .append(d.kind())
                    .append(" at=")
                    .append(d.at())
                    .append(" detail=")
                    .append(oneLine(d.detail()))
                    .append('\n');
        }
        return text.toString();
    }

    private static String oneLine(String value) {
        return value.replaceAll("[\\r\\n]+", " ");
    }
}
