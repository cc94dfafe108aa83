package org.cleartrade.core.certificate;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What a certificate's or voucher's QR code holds: the fleet's verification page with the signed
 * payload in the URL's fragment, {@code https://fleet.example.com/c#CT:...}, so that a phone's
 * camera opens the page and the payload never reaches a server (browsers do not send the
 * fragment). The payload and its signature are exactly those of {@link QrPayloadCodec}.
 *
 * <p>In the fragment the payload's Base45 space is written {@code %20} and its {@code %} as {@code
 * %25}: a URL must not hold a space (phone scanners cut it there or read the whole code as plain
 * text), and every other Base45 character may stand in a fragment as it is. {@link #payloadOf}
 * undoes this; {@code decodeURIComponent} in a browser does the same.
 *
 * <p>A kiosk without a verification page prints the bare payload, as does a link whose QR would
 * need a version above {@value #MAX_VERSION} (only a certificate whose trade id, kiosk id and
 * serial are all at their longest comes near it): the code must fit the paper whatever it holds.
 */
public final class VerificationLink {

    /** The longest page URL accepted, so that a usual certificate's link fits version 13. */
    public static final int MAX_URL_LENGTH = 64;

    /**
     * The largest QR version a link may need at error correction M, encoded as a printer's firmware
     * may encode it (one 8-bit byte segment): 77 modules, 4 dots (0.5 mm) a module on 58 mm paper.
     */
    public static final int MAX_VERSION = 15;

    private static final VerificationLink NONE = new VerificationLink(Optional.empty());

    private final Optional<String> page;

    private VerificationLink(Optional<String> page) {
        this.page = page;
    }

    /** No verification page: the QR codes hold the bare payload, checked with {@code kiosk verify}. */
    public static VerificationLink none() {
        return NONE;
    }

    /**
     * The page at {@code pageUrl}: an absolute https URL (http only for a loopback host), without
     * user, query or fragment, at most {@value #MAX_URL_LENGTH} characters.
     *
     * @throws IllegalArgumentException saying what is wrong with it
     */
    public static VerificationLink to(String pageUrl) {
        Objects.requireNonNull(pageUrl, "pageUrl");
        if (pageUrl.length() > MAX_URL_LENGTH) {
            throw new IllegalArgumentException(
                    "at most " + MAX_URL_LENGTH + " characters, so that the QR code fits the receipt");
        }
        if (!pageUrl.matches("[A-Za-z0-9:/.\\-_~\\[\\]]+")) {
            throw new IllegalArgumentException(
                    "a URL of letters, digits and : / . - _ ~ only, such as https://fleet.example.com/c");
        }
        URI uri;
        try {
            uri = new URI(pageUrl);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a URL: " + e.getReason());
        }
        String scheme = String.valueOf(uri.getScheme()).toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || uri.getHost() == null || uri.getUserInfo() != null) {
            throw new IllegalArgumentException("an absolute URL with a host, such as https://fleet.example.com/c");
        }
        if (!scheme.equals("https") && !(scheme.equals("http") && isLoopback(uri.getHost()))) {
            throw new IllegalArgumentException("https (http only for a loopback host such as 127.0.0.1)");
        }
        return new VerificationLink(Optional.of(pageUrl));
    }

    /** The page's URL, when there is one. */
    public Optional<String> page() {
        return page;
    }

    /** The text to draw as the QR code for {@code payload}. */
    public String qrText(String payload) {
        Objects.requireNonNull(payload, "payload");
        if (page.isEmpty()) {
            return payload;
        }
        String link = page.get() + "#" + escape(payload);
        return QrVersion.of(link) <= MAX_VERSION ? link : payload;
    }

    /**
     * The signed payload in a scanned code: the code itself when it is a bare payload, the
     * fragment of a verification link otherwise, unescaped. Anything else comes back as it is, for
     * the payload decoder to name what is wrong with it.
     */
    public static String payloadOf(String scanned) {
        String text = scanned.strip();
        if (text.startsWith(QrPayloadCodec.PREFIX)) {
            return text;
        }
        int hash = text.indexOf('#');
        String lower = text.toLowerCase(Locale.ROOT);
        if (hash < 0 || !(lower.startsWith("https://") || lower.startsWith("http://"))) {
            return text;
        }
        return unescape(text.substring(hash + 1));
    }

    static String escape(String payload) {
        return payload.replace("%", "%25").replace(" ", "%20");
    }

    /** Percent-decodes ASCII escapes; a malformed escape leaves the text as it is. */
    static String unescape(String fragment) {
        StringBuilder out = new StringBuilder(fragment.length());
        for (int i = 0; i < fragment.length(); i++) {
            char c = fragment.charAt(i);
            if (c == '%'
                    && i + 2 < fragment.length()
                    && isHex(fragment.charAt(i + 1))
                    && isHex(fragment.charAt(i + 2))) {
                int value = Integer.parseInt(fragment.substring(i + 1, i + 3), 16);
                if (value >= 0x80) {
                    return fragment;
                }
                out.append((char) value);
                i += 2;
            } else if (c == '%') {
                return fragment;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }

    private static boolean isLoopback(String host) {
        return host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof VerificationLink that && page.equals(that.page);
    }

    @Override
    public int hashCode() {
        return page.hashCode();
    }

    @Override
    public String toString() {
        return "VerificationLink[" + page.orElse("none") + "]";
    }
}
