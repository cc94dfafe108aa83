package org.cleartrade.fleet.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The kiosk's golden outbox documents (kiosk-core/src/test/resources/outbox/). */
public final class Golden {

    private Golden() {}

    public static Path folder() {
        return Path.of(System.getProperty("outbox.golden", "../kiosk-core/src/test/resources/outbox"));
    }

    /** A golden document by file name without {@code .json}, e.g. {@code trade.v1}. */
    public static String document(String name) {
        try {
            return Files.readString(folder().resolve(name + ".json"), StandardCharsets.UTF_8)
                    .strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
