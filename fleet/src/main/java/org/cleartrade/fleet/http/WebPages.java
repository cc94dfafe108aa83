package org.cleartrade.fleet.http;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cleartrade.backoffice.wire.RequestSignature;

/**
 * The fleet's web pages, served as static files from {@code /web} on the classpath (docs/fleet.md,
 * "The web pages"): the seller's verification page at {@code /c}, the cashier's page at {@code
 * /staff/cashier} and the operators' dashboard at {@code /staff/dashboard}. Only the files listed
 * here are served. The verification page has the fleet's public key written into it, so that it
 * trusts that key and nothing fetched.
 *
 * <p>Every page forbids scripts, styles and connections from anywhere but this origin (no third
 * party, no inline script), framing and referrers; files are revalidated by ETag on each load and
 * kept for offline use by the verification page's service worker.
 */
final class WebPages {

    private static final String FLEET_KEY_MARK = "{{FLEET_PUBLIC_KEY}}";
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " connect-src 'self'; worker-src 'self'; manifest-src 'self'; media-src 'self'; base-uri 'none';"
            + " form-action 'none'; frame-ancestors 'none'";

    /** URL path to resource and content type. */
    private static final Map<String, String[]> FILES = new LinkedHashMap<>();

    static {
        page("/c", "c.html");
        page("/staff/cashier", "staff/cashier.html");
        page("/staff/dashboard", "staff/dashboard.html");
        file("/c-sw.js", "c-sw.js");
        for (String asset : new String[] {"payload.js", "verify.js", "words.js", "page.css", "icon.svg"}) {
            file("/c/" + asset, "c/" + asset);
        }
        for (String asset : new String[] {"staff.js", "cashier.js", "dashboard.js", "staff.css"}) {
            file("/staff/" + asset, "staff/" + asset);
        }
    }

    private final Map<String, Served> served = new LinkedHashMap<>();

    WebPages(String fleetPublicKeyBase64) {
        FILES.forEach((path, file) -> {
            byte[] bytes = read(file[0]);
            if (file[0].equals("c.html")) {
                String html = new String(bytes, StandardCharsets.UTF_8);
                if (!html.contains(FLEET_KEY_MARK)) {
                    throw new IllegalStateException("c.html has no " + FLEET_KEY_MARK);
                }
                bytes = html.replace(FLEET_KEY_MARK, fleetPublicKeyBase64).getBytes(StandardCharsets.UTF_8);
            }
            served.put(
                    path,
                    new Served(
                            bytes,
                            file[1],
                            "\"" + RequestSignature.sha256Hex(bytes).substring(0, 32) + "\""));
        });
    }

    private record Served(byte[] bytes, String contentType, String etag) {}

    void register(JavalinConfig config) {
        for (String path : served.keySet()) {
            config.routes.get(path, this::serve);
        }
    }

    private void serve(Context ctx) {
        Served file = served.get(ctx.path());
        ctx.header("Content-Security-Policy", CSP)
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .header("Cross-Origin-Opener-Policy", "same-origin")
                .header(
                        "Permissions-Policy",
                        ctx.path().equals("/staff/cashier")
                                ? "camera=(self)"
                                : "camera=(), microphone=(), geolocation=()")
                .header("Cache-Control", "no-cache")
                .header("ETag", file.etag());
        if (ctx.path().equals("/c-sw.js")) {
            ctx.header("Service-Worker-Allowed", "/c");
        }
        if (file.etag().equals(ctx.header("If-None-Match"))) {
            ctx.status(304);
            return;
        }
        ctx.contentType(file.contentType()).result(file.bytes());
    }

    private static void page(String path, String file) {
        FILES.put(path, new String[] {file, "text/html; charset=utf-8"});
    }

    private static void file(String path, String file) {
        String type = file.endsWith(".js")
                ? "text/javascript; charset=utf-8"
                : file.endsWith(".css") ? "text/css; charset=utf-8" : "image/svg+xml";
        FILES.put(path, new String[] {file, type});
    }

    private static byte[] read(String file) {
        try (InputStream in = WebPages.class.getResourceAsStream("/web/" + file)) {
            if (in == null) {
                throw new IllegalStateException("the fleet's web file " + file + " is missing from the build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
