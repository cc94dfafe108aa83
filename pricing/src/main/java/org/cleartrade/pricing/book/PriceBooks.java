package org.cleartrade.pricing.book;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where price books come from: the seed that ships in the assets module, or a file. */
public final class PriceBooks {

    /** Classpath location of the seed book inside the {@code assets} module. */
    public static final String SEED_RESOURCE = "org/cleartrade/assets/pricing/price-book.tsv";

    private PriceBooks() {}

    /**
     * Loads and validates the seed book shipped with the kiosk (demo data).
     *
     * @throws IllegalStateException when the assets module is not on the classpath or the seed is
     *     invalid; both are build errors, not runtime conditions
     */
    public static PriceBook loadSeed() {
        ClassLoader loader = PriceBooks.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(SEED_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(
                        "seed price book " + SEED_RESOURCE + " is not on the classpath: add the assets module");
            }
            return PriceBookParser.parse(
                    "classpath:" + SEED_RESOURCE, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read seed price book " + SEED_RESOURCE, e);
        } catch (PriceBookException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** Loads and validates a book from a UTF-8 file. */
    public static PriceBook load(Path file) throws IOException, PriceBookException {
        return PriceBookParser.parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
    }
}
