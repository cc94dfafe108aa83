package org.cleartrade.backoffice;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSource;
import org.cleartrade.backoffice.wire.KioskRequestSigner;
import org.cleartrade.core.certificate.PayloadSigner;

/**
 * The fleet service as seen from this kiosk: one OkHttp client with the configured timeouts, every
 * request signed with the kiosk's key ({@code wire.RequestSignature}) and carrying the optional
 * token, and bodies read only up to a stated limit.
 *
 * <p>Threading: safe for concurrent use; calls block the calling thread.
 */
public final class FleetEndpoint {

    private final OkHttpClient client;
    private final HttpUrl baseUrl;

    /** The fleet as the kiosk reaches it: every request signed with the kiosk's current key. */
    public FleetEndpoint(BackOfficeConfig config, PayloadSigner kioskKey, Clock clock) {
        this(
                new OkHttpClient.Builder()
                        .connectTimeout(config.connectTimeout())
                        .readTimeout(config.readTimeout())
                        .writeTimeout(config.readTimeout())
                        .callTimeout(config.callTimeout())
                        .followRedirects(false)
                        .addInterceptor(identity(config.apiToken()))
                        .addInterceptor(new KioskRequestSigner(config.kioskId(), kioskKey, clock))
                        .build(),
                config.baseUrl());
    }

    public FleetEndpoint(OkHttpClient client, HttpUrl baseUrl) {
        this.client = Objects.requireNonNull(client, "client");
        this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
    }

    /** A service path resolved against the base URL, e.g. {@code v1/price-book}. */
    public HttpUrl url(String path) {
        HttpUrl url = baseUrl.resolve(path);
        if (url == null) {
            throw new IllegalArgumentException("cannot resolve " + path + " against " + baseUrl);
        }
        return url;
    }

    /** Sends a request; the caller closes the response. */
    public Response call(Request request) throws IOException {
        return client.newCall(request).execute();
    }

    /** This endpoint with a shorter limit for a whole exchange, sharing connections. */
    public FleetEndpoint withCallTimeout(Duration timeout) {
        return new FleetEndpoint(client.newBuilder().callTimeout(timeout).build(), baseUrl);
    }

    /**
     * Reads a whole body, refusing one longer than {@code maxBytes}: a declared length over the
     * limit is refused before reading, an undeclared one after reading one byte past it.
     */
    public static byte[] readBounded(Response response, long maxBytes) throws IOException {
        ResponseBody body = response.body();
        long declared = body.contentLength();
        if (declared > maxBytes) {
            throw new BodyTooLargeException("body of " + declared + " bytes exceeds the limit of " + maxBytes);
        }
        BufferedSource source = body.source();
        if (source.request(maxBytes + 1)) {
            throw new BodyTooLargeException("body exceeds the limit of " + maxBytes + " bytes");
        }
        return source.readByteArray();
    }

    private static Interceptor identity(Optional<String> token) {
        return chain -> {
            Request.Builder request = chain.request().newBuilder().header("User-Agent", "ClearTrade-Kiosk");
            token.ifPresent(t -> request.header("Authorization", "Bearer " + t));
            return chain.proceed(request.build());
        };
    }

    /** A response body longer than the caller accepts. */
    public static final class BodyTooLargeException extends IOException {
        private static final long serialVersionUID = 1L;

        public BodyTooLargeException(String message) {
            super(message);
        }
    }
}
