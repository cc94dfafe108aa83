package org.cleartrade.ledger.h2;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.cleartrade.core.ledger.LedgerException;

/**
 * Which ledger this kiosk writes and how far it had got: the ledger's random identity, the number
 * of journal entries, and the audit chain's length and head hash, as of the last synced commit.
 * Kept outside the ledger file ({@link LedgerMarkFile}), it lets the next start tell a ledger that
 * is missing, emptied, shorter or replaced from the one the kiosk left.
 *
 * <p>Text form, one {@code key=value} line each, in this order:
 *
 * <pre>
 * ledger-id=3f1c…        the ledger_identity row
 * journal-entries=1234   rows in the journal (never deleted)
 * audit-links=567        links in the audit chain
 * audit-head=9ab0…       hash of link audit-links (64 zeros when there is none)
 * </pre>
 */
public record LedgerMark(String ledgerId, long journalEntries, long auditLinks, String auditHead) {

    private static final String HEADER =
            "# ClearTrade ledger mark, rewritten after every synced commit; see docs/operator.md, Ledger lost\n";

    public LedgerMark {
        Objects.requireNonNull(ledgerId, "ledgerId");
        Objects.requireNonNull(auditHead, "auditHead");
        if (!ledgerId.matches("[0-9a-f-]{1,36}")) {
            throw new IllegalArgumentException("ledger id is not a UUID: " + ledgerId);
        }
        if (journalEntries < 0 || auditLinks < 0) {
            throw new IllegalArgumentException("negative count in a ledger mark");
        }
        if (!auditHead.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("audit head is not a SHA-256 hash: " + auditHead);
        }
    }

    /** The mark's file content. */
    String text() {
        return HEADER
                + "ledger-id=" + ledgerId + "\n"
                + "journal-entries=" + journalEntries + "\n"
                + "audit-links=" + auditLinks + "\n"
                + "audit-head=" + auditHead + "\n";
    }

    /**
     * Reads {@link #text()}.
     *
     * @throws LedgerException naming {@code source} when a line is missing or malformed
     */
    static LedgerMark parse(String text, String source) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int equals = line.indexOf('=');
            if (equals < 1) {
                throw damaged(source, "line is not key=value: " + line.strip());
            }
            values.put(line.substring(0, equals), line.substring(equals + 1).strip());
        }
        try {
            return new LedgerMark(
                    required(values, "ledger-id", source),
                    Long.parseLong(required(values, "journal-entries", source)),
                    Long.parseLong(required(values, "audit-links", source)),
                    required(values, "audit-head", source));
        } catch (IllegalArgumentException e) {
            throw damaged(source, e.getMessage());
        }
    }

    /** One line for messages and the audit chain. */
    public String describe() {
        return "ledger " + ledgerId + " with " + journalEntries + " journal entries and " + auditLinks
                + " audit links (head " + auditHead.substring(0, 12) + "…)";
    }

    private static String required(Map<String, String> values, String key, String source) {
        String value = values.get(key);
        if (value == null) {
            throw damaged(source, "no " + key + " line");
        }
        return value;
    }

    private static LedgerException damaged(String source, String why) {
        return new LedgerException("the ledger mark " + source + " is damaged (" + why + "); it cannot vouch for"
                + " the ledger: a technician decides with kiosk ledger accept or kiosk ledger new");
    }
}
