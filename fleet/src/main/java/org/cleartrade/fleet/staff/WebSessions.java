package org.cleartrade.fleet.staff;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import org.cleartrade.backoffice.wire.RequestSignature;
import org.cleartrade.fleet.staff.StaffTokens.Role;
import org.cleartrade.fleet.staff.StaffTokens.Staff;
import org.jdbi.v3.core.Jdbi;

/**
 * Signed-in browsers of staff. The session id (256 random bits) lives only in an HttpOnly cookie;
 * the database keeps its SHA-256. Each session has a CSRF token that every state-changing request
 * must echo in a header. A session ends after {@link #IDLE} without a request, {@link #ABSOLUTE}
 * after sign-in, at sign-out, or when its account is disabled.
 *
 * <p>Threading: safe for concurrent use; any instance reads any session.
 */
public final class WebSessions {

    public static final Duration IDLE = Duration.ofMinutes(30);
    public static final Duration ABSOLUTE = Duration.ofHours(12);
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    private final Jdbi jdbi;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public WebSessions(Jdbi jdbi, Clock clock) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A session as the browser holds it: the cookie value is shown once, at sign-in. */
    public record Opened(String cookie, Session session) {}

    public record Session(Staff staff, String csrfToken, Instant expiresAt) {

        /** Whether {@code header} is this session's CSRF token (constant time). */
        public boolean csrfMatches(String header) {
            return header != null
                    && MessageDigest.isEqual(
                            csrfToken.getBytes(StandardCharsets.US_ASCII), header.getBytes(StandardCharsets.US_ASCII));
        }
    }

    public Opened open(Staff staff) {
        String cookie = token();
        String csrf = token();
        Instant now = clock.instant();
        Instant expires = now.plus(ABSOLUTE);
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO web_sessions (session_sha256, name, csrf_token, created_at,"
                        + " last_seen_at, expires_at) VALUES (:hash, :name, :csrf, :now, :now, :expires)")
                .bind("hash", hash(cookie))
                .bind("name", staff.name())
                .bind("csrf", csrf)
                .bind("now", now)
                .bind("expires", expires)
                .execute());
        return new Opened(cookie, new Session(staff, csrf, expires));
    }

    /** The live session behind a cookie, its idle clock restarted; none when unknown or ended. */
    public Optional<Session> find(String cookie) {
        if (cookie == null || cookie.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        String hash = hash(cookie);
        return jdbi.withHandle(h -> {
            Optional<Found> found = h.createQuery("SELECT s.csrf_token, s.expires_at, s.last_seen_at, a.name, a.role"
                            + " FROM web_sessions s JOIN staff_accounts a ON a.name = s.name WHERE s.session_sha256 ="
                            + " :hash AND s.ended_at IS NULL AND a.disabled_at IS NULL AND s.expires_at > :now AND"
                            + " s.last_seen_at > :idle")
                    .bind("hash", hash)
                    .bind("now", now)
                    .bind("idle", now.minus(IDLE))
                    .map((rs, ctx) -> new Found(
                            new Session(
                                    new Staff(rs.getString("name"), Role.valueOf(rs.getString("role"))),
                                    rs.getString("csrf_token"),
                                    rs.getObject("expires_at", OffsetDateTime.class)
                                            .toInstant()),
                            rs.getObject("last_seen_at", OffsetDateTime.class).toInstant()))
                    .findOne();
            if (found.isPresent() && found.get().lastSeen().isBefore(now.minus(TOUCH_EVERY))) {
                h.createUpdate("UPDATE web_sessions SET last_seen_at = :now WHERE session_sha256 = :hash")
                        .bind("now", now)
                        .bind("hash", hash)
                        .execute();
            }
            return found.map(Found::session);
        });
    }

    private record Found(Session session, Instant lastSeen) {}

    public void end(String cookie) {
        if (cookie == null || cookie.length() > 100) {
            return;
        }
        jdbi.useHandle(h -> h.createUpdate(
                        "UPDATE web_sessions SET ended_at = :now WHERE session_sha256 = :hash AND ended_at IS NULL")
                .bind("now", clock.instant())
                .bind("hash", hash(cookie))
                .execute());
    }

    private String token() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String hash(String cookie) {
        return RequestSignature.sha256Hex(cookie.getBytes(StandardCharsets.US_ASCII));
    }
}
