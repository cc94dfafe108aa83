package org.cleartrade.fleet.http;

import java.util.Map;
import java.util.Objects;

/**
 * A request the fleet refuses, answered as {@code {"error":"CODE","message":"..."}} with the
 * status given, plus any extra members (for example the sequence number the fleet expects next).
 * The code is stable for programs; the message is for people.
 */
public final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;
    private final transient Map<String, Object> extra;

    public ApiException(int status, String code, String message) {
        this(status, code, message, Map.of());
    }

    public ApiException(int status, String code, String message, Map<String, Object> extra) {
        super(message);
        this.status = status;
        this.code = Objects.requireNonNull(code, "code");
        this.extra = Map.copyOf(extra);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Map<String, Object> extra() {
        return extra;
    }

    public static ApiException badRequest(String code, String message) {
        return new ApiException(400, code, message);
    }
}
