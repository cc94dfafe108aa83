package org.cleartrade.fleet.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The documents a busy kiosk queues, trade after trade, in the order its ledger would: the trade
 * accepted, erased with its certificate, binned, paid with its voucher, the session ended; now and
 * then an alert and its resolution, or a seller who declines.
 */
final class KioskWorkload {

    private KioskWorkload() {}

    /** {@code trades} trades' worth of documents for {@code kioskId}, as (type, json) pairs. */
    static List<String[]> documents(String kioskId, int trades) {
        List<String[]> out = new ArrayList<>();
        for (int t = 1; t <= trades; t++) {
            String trade = kioskId + "-T" + t;
            String session = kioskId + "-S" + t;
            String at = "2026-12-0" + (1 + t % 9) + "T1" + (t % 10) + ":00:00Z";
            if (t % 7 == 0) {
                out.add(doc(
                        "session-ended",
                        "\"sessionId\":\"" + session + "\",\"jurisdiction\":\"EU\",\"outcome\":"
                                + "\"DECLINED\",\"phase\":\"ENDED\",\"endedAt\":\"" + at + "\""));
                continue;
            }
            out.add(tradeDoc(trade, session, "ACCEPTED", "null", at));
            out.add(tradeDoc(trade, session, "ERASED", "null", at));
            out.add(doc(
                    "certificate",
                    "\"certificateId\":\"C-" + trade + "\",\"tradeId\":\"" + trade + "\",\"issuedAt\":\""
                            + at + "\",\"document\":\"" + certificateText(trade) + "\",\"qrPayload\":\"CT:"
                            + "A".repeat(280)
                            + "\""));
            int bin = t % 12;
            out.add(doc(
                    "bin-state",
                    "\"bin\":" + bin + ",\"change\":\"BINNED\",\"tradeId\":\"" + trade
                            + "\",\"holdUntil\":\"2026-12-20T00:00:00Z\",\"operatorId\":null,\"at\":\"" + at + "\""));
            out.add(tradeDoc(trade, session, "BINNED", String.valueOf(bin), at));
            out.add(doc(
                    "voucher",
                    "\"voucherId\":\"" + String.format("%032x", (long) kioskId.hashCode() * 100_000L + t)
                            + "\",\"tradeId\":\"" + trade
                            + "\",\"amountMinor\":24000,\"currency\":\"EUR\",\"issuedAt\":\"" + at
                            + "\",\"expiresAt\":\"2027-01-03T00:00:00Z\",\"qrPayload\":\"CT:" + "B".repeat(120)
                            + "\""));
            out.add(tradeDoc(trade, session, "PAID", String.valueOf(bin), at));
            if (t % 5 == 0) {
                out.add(doc(
                        "alert",
                        "\"alertId\":\"" + session + "#1\",\"kind\":\"PRINTER_OUT_OF_PAPER\",\"sessionId\":\""
                                + session + "\",\"bin\":null,\"tradeId\":\"" + trade
                                + "\",\"detail\":\"the printer reported paper"
                                + " out\",\"raisedAt\":\"" + at + "\""));
                out.add(doc(
                        "alert-resolved",
                        "\"alertId\":\"" + session + "#1\",\"operatorId\":\"ann\",\"resolvedAt\":\"" + at + "\""));
            }
            out.add(doc(
                    "session-ended",
                    "\"sessionId\":\"" + session + "\",\"jurisdiction\":\"EU\",\"outcome\":\"PAID\","
                            + "\"phase\":\"COMPLETED\",\"endedAt\":\"" + at + "\""));
        }
        return out;
    }

    /** How many trades (not declined sessions) {@link #documents} makes of {@code trades}. */
    static int tradesOf(int trades) {
        return trades - trades / 7;
    }

    private static String[] tradeDoc(String trade, String session, String status, String bin, String at) {
        return doc(
                "trade",
                "\"tradeId\":\"" + trade + "\",\"sessionId\":\"" + session + "\",\"status\":\"" + status
                        + "\",\"manufacturer\":\"Google\",\"model\":\"Pixel 7\",\"serial\":\"SN" + trade.hashCode()
                        + "\",\"imei\":\"356938035643809\",\"quoteId\":\"Q-" + trade
                        + "\",\"offerMinor\":24000,\"currency\":\"EUR\","
                        + "\"bin\":" + bin + ",\"holdUntil\":null,\"flagged\":false,\"updatedAt\":\"" + at + "\"");
    }

    /** About the size of a real certificate's canonical text (2 KB). */
    private static String certificateText(String trade) {
        StringBuilder text = new StringBuilder("ClearTrade erasure certificate\\nproperty: " + trade + "\\n");
        while (text.length() < 2000) {
            text.append("field: value of a NIST SP 800-88 record\\n");
        }
        return text.toString();
    }

    private static String[] doc(String type, String members) {
        return new String[] {type, "{\"type\":\"" + type + "\",\"version\":1," + members + "}"};
    }
}
