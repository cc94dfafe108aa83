package org.cleartrade.fleet.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cleartrade.fleet.FleetServices;
import org.cleartrade.fleet.staff.StaffAccounts;
import org.cleartrade.fleet.staff.WebSessions;

/**
 * Signing staff in and out of the web pages. The session cookie is HttpOnly, SameSite=Strict and
 * Secure whenever the page came over https (directly or through a proxy that says so), so no
 * script and no other site can use it; a state-changing request also needs the session's CSRF
 * token in {@value #CSRF_HEADER}, which only the fleet's own pages can read.
 */
final class StaffWeb {

    static final String COOKIE = "ct_session";
    static final String CSRF_HEADER = "X-CSRF-Token";

    private StaffWeb() {}

    static void signIn(Context ctx, FleetServices services, byte[] body) {
        ObjectNode json = FleetServer.object(body);
        String name = JsonBodies.text(json, "name", 100);
        char[] password = JsonBodies.text(json, "password", 200).toCharArray();
        StaffAccounts.SignIn result = services.staffAccounts().signIn(name, password);
        if (result.staff().isEmpty()) {
            if (result.refusal().orElseThrow() == StaffAccounts.Refusal.LOCKED) {
                throw new ApiException(
                        429,
                        "LOCKED",
                        "too many wrong passwords: this account is locked until "
                                + result.lockedUntil().orElseThrow(),
                        Map.<String, Object>of(
                                "lockedUntil",
                                result.lockedUntil().orElseThrow().toString()));
            }
            throw new ApiException(401, "BAD_CREDENTIALS", "that name and password do not match");
        }
        WebSessions.Opened opened = services.webSessions().open(result.staff().get());
        String cookie = COOKIE + "=" + opened.cookie() + "; Path=/; HttpOnly; SameSite=Strict; Max-Age="
                + WebSessions.ABSOLUTE.toSeconds() + (secure(ctx) ? "; Secure" : "");
        ctx.res().addHeader("Set-Cookie", cookie);
        ctx.json(json(opened.session()));
    }

    static void current(Context ctx, FleetServices services) {
        ctx.header("Cache-Control", "no-store").json(json(session(ctx, services.webSessions())));
    }

    static void signOut(Context ctx, FleetServices services) {
        WebSessions.Session session = session(ctx, services.webSessions());
        if (!session.csrfMatches(ctx.header(CSRF_HEADER))) {
            throw new ApiException(403, "CSRF", "this request lacks the page's CSRF token; reload the page");
        }
        services.webSessions().end(ctx.cookie(COOKIE));
        ctx.res().addHeader("Set-Cookie", COOKIE + "=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0");
        ctx.status(204);
    }

    /** The live session behind the request's cookie. */
    static WebSessions.Session session(Context ctx, WebSessions sessions) {
        return sessions.find(ctx.cookie(COOKIE))
                .orElseThrow(() ->
                        new ApiException(401, "NOT_SIGNED_IN", "not signed in, or the session ended; sign in again"));
    }

    private static Map<String, Object> json(WebSessions.Session session) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", session.staff().name());
        json.put("role", session.staff().role().name());
        json.put("csrfToken", session.csrfToken());
        json.put("expiresAt", session.expiresAt().toString());
        return json;
    }

    private static boolean secure(Context ctx) {
        return "https".equalsIgnoreCase(ctx.scheme()) || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"));
    }
}
