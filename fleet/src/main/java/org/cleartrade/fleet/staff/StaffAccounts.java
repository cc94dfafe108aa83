package org.cleartrade.fleet.staff;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;
import org.cleartrade.fleet.http.ApiException;
import org.cleartrade.fleet.kiosks.AdminAudit;
import org.cleartrade.fleet.staff.StaffTokens.Role;
import org.cleartrade.fleet.staff.StaffTokens.Staff;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Staff accounts for the fleet's web pages: a name, a role and a PBKDF2 password hash ({@link
 * PasswordHash}). Signing in is throttled per account: each attempt is charged before the password
 * is checked (so parallel guesses count one by one, at any instance), and {@value
 * #MAX_FAILURES} failures in a row lock the account for {@link #LOCKOUT}. A name that does not
 * exist costs the same hash as one that does.
 *
 * <p>Threading: safe for concurrent use, across instances too (the counter is one row).
 */
public final class StaffAccounts {

    public static final int MAX_FAILURES = 5;
    public static final Duration LOCKOUT = Duration.ofMinutes(15);
    public static final int MIN_PASSWORD_LENGTH = 12;

    private final Jdbi jdbi;
    private final Clock clock;
    private final String instance;
    private final SecureRandom random = new SecureRandom();

    public StaffAccounts(Jdbi jdbi, Clock clock, String instance) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.instance = Objects.requireNonNull(instance, "instance");
    }

    /** Creates an account, or sets a new password and role for an existing one. */
    public void put(String name, Role role, char[] password, String by) {
        if (name == null || !name.matches("[A-Za-z0-9._@-]{1,100}")) {
            throw ApiException.badRequest("BAD_FIELD", "a staff name is 1 to 100 of letters, digits, . _ @ -");
        }
        if (password.length < MIN_PASSWORD_LENGTH) {
            throw ApiException.badRequest(
                    "WEAK_PASSWORD", "a password has at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        String hash = PasswordHash.of(password, random);
        jdbi.useTransaction(handle -> {
            Instant now = clock.instant();
            handle.createUpdate("INSERT INTO staff_accounts (name, role, password_hash, created_at) VALUES (:name,"
                            + " :role, :hash, :now) ON CONFLICT (name) DO UPDATE SET role = :role, password_hash ="
                            + " :hash, failed_sign_ins = 0, locked_until = NULL, disabled_at = NULL")
                    .bind("name", name)
                    .bind("role", role.name())
                    .bind("hash", hash)
                    .bind("now", now)
                    .execute();
            AdminAudit.record(handle, now, by, "staff-account", "name=" + name + " role=" + role);
        });
    }

    /** Why a sign-in was refused. */
    public enum Refusal {
        BAD_CREDENTIALS,
        LOCKED
    }

    /** The staff member when the name and password match; otherwise why not. */
    public record SignIn(Optional<Staff> staff, Optional<Refusal> refusal, Optional<Instant> lockedUntil) {}

    public SignIn signIn(String name, char[] password) {
        try {
            Instant now = clock.instant();
            Optional<Charged> charged = jdbi.inTransaction(handle -> charge(handle, name, now));
            if (charged.isEmpty()) {
                Optional<Instant> locked = lockedUntil(name, now);
                if (locked.isEmpty()) {
                    PasswordHash.matches(password, PasswordHash.DECOY);
                }
                return refuse(name, locked.isPresent() ? Refusal.LOCKED : Refusal.BAD_CREDENTIALS, locked);
            }
            if (PasswordHash.matches(password, charged.get().hash())) {
                jdbi.useHandle(h -> h.createUpdate("UPDATE staff_accounts SET failed_sign_ins = 0 WHERE name = :name")
                        .bind("name", name)
                        .execute());
                record(name, "SIGNED_IN");
                return new SignIn(
                        Optional.of(new Staff(name, charged.get().role())), Optional.empty(), Optional.empty());
            }
            if (charged.get().failures() >= MAX_FAILURES) {
                Instant until = now.plus(LOCKOUT);
                jdbi.useHandle(
                        h -> h.createUpdate("UPDATE staff_accounts SET locked_until = :until, failed_sign_ins = 0"
                                        + " WHERE name = :name")
                                .bind("name", name)
                                .bind("until", until)
                                .execute());
                return refuse(name, Refusal.LOCKED, Optional.of(until));
            }
            return refuse(name, Refusal.BAD_CREDENTIALS, Optional.empty());
        } finally {
            PasswordHash.wipe(password);
        }
    }

    private record Charged(String hash, Role role, int failures) {}

    /** Counts this attempt as a failure until the password proves otherwise; none when locked or unknown. */
    private static Optional<Charged> charge(Handle handle, String name, Instant now) {
        return handle.createQuery("UPDATE staff_accounts SET failed_sign_ins = failed_sign_ins + 1, locked_until ="
                        + " NULL WHERE name = :name AND disabled_at IS NULL AND (locked_until IS NULL OR locked_until"
                        + " <= :now) RETURNING password_hash, role, failed_sign_ins")
                .bind("name", name)
                .bind("now", now)
                .map((rs, ctx) -> new Charged(
                        rs.getString("password_hash"),
                        Role.valueOf(rs.getString("role")),
                        rs.getInt("failed_sign_ins")))
                .findOne();
    }

    private Optional<Instant> lockedUntil(String name, Instant now) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT locked_until FROM staff_accounts WHERE name = :name AND" + " locked_until > :now")
                .bind("name", name)
                .bind("now", now)
                .map((rs, ctx) ->
                        rs.getObject("locked_until", OffsetDateTime.class).toInstant())
                .findOne());
    }

    private SignIn refuse(String name, Refusal refusal, Optional<Instant> until) {
        record(name, refusal.name());
        return new SignIn(Optional.empty(), Optional.of(refusal), until);
    }

    private void record(String name, String outcome) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO sign_in_attempts (name, at, outcome, instance) VALUES (:name,"
                        + " :at, :outcome, :instance)")
                .bind("name", name.length() > 100 ? name.substring(0, 100) : name)
                .bind("at", clock.instant())
                .bind("outcome", outcome)
                .bind("instance", instance)
                .execute());
    }
}
