package org.cleartrade.fleet.staff;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import org.cleartrade.backoffice.wire.RequestSignature;
import org.cleartrade.fleet.http.ApiException;
import org.cleartrade.fleet.kiosks.AdminAudit;
import org.jdbi.v3.core.Jdbi;

/**
 * Bearer tokens for the people and programs that use the fleet's staff API: cashiers redeem
 * vouchers, operators also read the fleet's state, administrators also enrol kiosks, revoke keys,
 * publish price books and import block lists. A token is 256 random bits shown once; only its
 * SHA-256 is stored, so a copy of the database grants nothing.
 *
 * <p>Threading: safe for concurrent use.
 */
public final class StaffTokens {

    private final Jdbi jdbi;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public StaffTokens(Jdbi jdbi, Clock clock) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public enum Role {
        CASHIER,
        OPERATOR,
        ADMIN;

        /** Whether this role may do what {@code needed} may. */
        public boolean covers(Role needed) {
            return ordinal() >= needed.ordinal();
        }
    }

    /** Who a token belongs to. */
    public record Staff(String name, Role role) {}

    /** Makes a token for {@code name}; the token itself is returned once and never stored. */
    public String issue(String name, Role role, String by) {
        if (name == null || !name.matches("[A-Za-z0-9._@ -]{1,100}")) {
            throw ApiException.badRequest(
                    "BAD_FIELD", "a staff name is 1 to 100 of letters, digits, . _ @ - and space");
        }
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = "ct_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        jdbi.useTransaction(handle -> {
            Instant now = clock.instant();
            handle.createUpdate("INSERT INTO staff_tokens (token_sha256, name, role, created_at) VALUES (:hash, :name,"
                            + " :role, :now)")
                    .bind("hash", hash(token))
                    .bind("name", name)
                    .bind("role", role.name())
                    .bind("now", now)
                    .execute();
            AdminAudit.record(handle, now, by, "staff-token", "name=" + name + " role=" + role);
        });
        return token;
    }

    /** The staff member a bearer token belongs to, if it is known and not revoked. */
    public Optional<Staff> find(String token) {
        if (token == null || token.length() > 200) {
            return Optional.empty();
        }
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT name, role FROM staff_tokens WHERE token_sha256 =" + " :hash AND revoked_at IS NULL")
                .bind("hash", hash(token))
                .map((rs, ctx) -> new Staff(rs.getString("name"), Role.valueOf(rs.getString("role"))))
                .findOne());
    }

    private static String hash(String token) {
        return RequestSignature.sha256Hex(token.getBytes(StandardCharsets.UTF_8));
    }
}
