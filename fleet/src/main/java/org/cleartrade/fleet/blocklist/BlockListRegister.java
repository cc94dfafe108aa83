package org.cleartrade.fleet.blocklist;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.cleartrade.backoffice.wire.RequestSignature;
import org.cleartrade.fleet.http.ApiException;
import org.cleartrade.fleet.kiosks.AdminAudit;
import org.jdbi.v3.core.Jdbi;

/**
 * The IMEI block list: fed by CSV imports, each kept with who imported it, when, and a hash of the
 * file; asked by kiosks before they buy a phone.
 *
 * <p>CSV format (RFC 4180 subset, UTF-8, header line required):
 *
 * <pre>
 * imei,action,reason
 * 356938035643809,block,reported stolen 2026-11-30
 * 490154203237518,clear,
 * </pre>
 *
 * {@code action} is {@code block} (add or update) or {@code clear} (remove); {@code reason} is
 * required for a block. An IMEI is 15 digits with a valid Luhn check digit. Every line is checked
 * before anything changes: one bad line refuses the whole file, with every bad line named.
 *
 * <p>Threading: safe for concurrent use.
 */
public final class BlockListRegister {

    public static final int MAX_LINES = 1_000_000;

    private final Jdbi jdbi;
    private final Clock clock;

    public BlockListRegister(Jdbi jdbi, Clock clock) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** What an import changed. */
    public record Imported(long importId, int blocked, int cleared, Instant at, String by) {}

    /** An IMEI's place on the list. */
    public record Entry(String reason) {}

    public Imported importCsv(byte[] csv, String by) {
        Map<String, String> changes = parse(new String(csv, StandardCharsets.UTF_8));
        return jdbi.inTransaction(handle -> {
            Instant now = clock.instant();
            int blocked =
                    (int) changes.values().stream().filter(Objects::nonNull).count();
            int cleared = changes.size() - blocked;
            long importId = handle.createUpdate("INSERT INTO block_list_imports (imported_by, imported_at, file_sha256,"
                            + " blocked, cleared) VALUES (:by, :now, :sha, :blocked, :cleared)")
                    .bind("by", by)
                    .bind("now", now)
                    .bind("sha", RequestSignature.sha256Hex(csv))
                    .bind("blocked", blocked)
                    .bind("cleared", cleared)
                    .executeAndReturnGeneratedKeys("import_id")
                    .mapTo(Long.class)
                    .one();
            var block = handle.prepareBatch("INSERT INTO blocked_imeis (imei, reason, import_id, blocked_at) VALUES"
                    + " (:imei, :reason, :import, :now) ON CONFLICT (imei) DO UPDATE SET reason = EXCLUDED.reason,"
                    + " import_id = EXCLUDED.import_id, blocked_at = EXCLUDED.blocked_at");
            var clear = handle.prepareBatch("DELETE FROM blocked_imeis WHERE imei = :imei");
            for (Map.Entry<String, String> change : changes.entrySet()) {
                if (change.getValue() != null) {
                    block.bind("imei", change.getKey())
                            .bind("reason", change.getValue())
                            .bind("import", importId)
                            .bind("now", now)
                            .add();
                } else {
                    clear.bind("imei", change.getKey()).add();
                }
            }
            if (blocked > 0) {
                block.execute();
            }
            if (cleared > 0) {
                clear.execute();
            }
            AdminAudit.record(
                    handle,
                    now,
                    by,
                    "block-list-import",
                    "import=" + importId + " blocked=" + blocked + " cleared=" + cleared);
            return new Imported(importId, blocked, cleared, now, by);
        });
    }

    /** @throws ApiException 400 when {@code imei} is not 15 digits with a valid check digit */
    public Optional<Entry> check(String imei) {
        if (imei == null || !isImei(imei)) {
            throw ApiException.badRequest("BAD_IMEI", "an IMEI has 15 digits and a valid check digit");
        }
        return jdbi.withHandle(handle -> handle.createQuery("SELECT reason FROM blocked_imeis WHERE imei = :imei")
                .bind("imei", imei)
                .mapTo(String.class)
                .findOne()
                .map(Entry::new));
    }

    /** IMEI to reason (null: clear), in file order; the last line for an IMEI wins. */
    static Map<String, String> parse(String csv) {
        String[] lines = csv.replace("\r\n", "\n").split("\n", -1);
        if (lines.length == 0 || !lines[0].strip().replace("\uFEFF", "").equalsIgnoreCase("imei,action,reason")) {
            throw ApiException.badRequest("BAD_CSV", "the first line must be the header imei,action,reason");
        }
        if (lines.length > MAX_LINES) {
            throw new ApiException(413, "TOO_MANY_LINES", "at most " + MAX_LINES + " lines per import");
        }
        Map<String, String> changes = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            String[] fields = line.split(",", 3);
            String imei = fields[0].strip();
            String action = fields.length > 1 ? fields[1].strip() : "";
            String reason = fields.length > 2 ? unquote(fields[2].strip()) : "";
            if (!isImei(imei)) {
                problems.add("line " + (i + 1) + ": \"" + abbreviate(imei) + "\" is not an IMEI (15 digits, valid"
                        + " check digit)");
            } else if (action.equals("block") && (reason.isEmpty() || reason.length() > 200)) {
                problems.add("line " + (i + 1) + ": a block needs a reason of 1 to 200 characters");
            } else if (action.equals("block")) {
                changes.put(imei, reason);
            } else if (action.equals("clear")) {
                changes.put(imei, null);
            } else {
                problems.add("line " + (i + 1) + ": action must be block or clear, was \"" + abbreviate(action) + "\"");
            }
            if (problems.size() >= 20) {
                problems.add("(stopped after 20 problems)");
                break;
            }
        }
        if (!problems.isEmpty()) {
            throw new ApiException(422, "BAD_CSV", "nothing imported: " + String.join("; ", problems));
        }
        return changes;
    }

    /** 15 digits whose last is the Luhn check digit of the first 14. */
    static boolean isImei(String text) {
        if (!text.matches("\\d{15}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 15; i++) {
            int digit = text.charAt(i) - '0';
            if (i % 2 == 1) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }

    private static String unquote(String field) {
        if (field.length() >= 2 && field.startsWith("\"") && field.endsWith("\"")) {
            return field.substring(1, field.length() - 1).replace("\"\"", "\"");
        }
        return field;
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }
}
