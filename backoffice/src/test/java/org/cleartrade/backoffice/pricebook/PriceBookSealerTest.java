package org.cleartrade.backoffice.pricebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.Base64;
import org.cleartrade.pricing.book.PriceBook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PriceBookSealerTest {

    @TempDir
    Path folder;

    private final KeyPair fleet = Feeds.newKeyPair();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void sealsAValidBookIntoAnEnvelopeTheKioskAccepts() throws Exception {
        Path book = write("book.tsv", Feeds.book("v2", "02-01", 3));

        int status = run(
                pem().toString(), book.toString(), folder.resolve("out.json").toString());

        assertThat(status).isZero();
        PriceBook opened = SignedPriceBook.open(
                Files.readAllBytes(folder.resolve("out.json")), "out.json", FleetKey.of(fleet.getPublic()));
        assertThat(opened.version()).isEqualTo("v2");
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("sealed PriceBook[v2");
    }

    @Test
    void refusesToSealAnInvalidBookAndSaysWhy() throws Exception {
        Path book = write("book.tsv", Feeds.book("v2", "02-01", 1, "sku\tm0\t512\t-1.00\t1.00"));

        int status = run(
                pem().toString(), book.toString(), folder.resolve("out.json").toString());

        assertThat(status).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("price must be positive");
        assertThat(folder.resolve("out.json")).doesNotExist();
    }

    @Test
    void explainsAKeyThatIsNotAPrivateKey() throws Exception {
        Path book = write("book.tsv", Feeds.book("v2", "02-01", 1));
        Path notAKey = write("key.pem", "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n");

        assertThat(run(
                        notAKey.toString(),
                        book.toString(),
                        folder.resolve("out.json").toString()))
                .isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("not an Ed25519 PKCS#8 PEM private key");
        assertThat(run("only-one-argument")).isEqualTo(2);
    }

    private int run(String... args) {
        return PriceBookSealer.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Path pem() throws Exception {
        String base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(fleet.getPrivate().getEncoded());
        return write("fleet.pem", "-----BEGIN PRIVATE KEY-----\n" + base64 + "\n-----END PRIVATE KEY-----\n");
    }

    private Path write(String name, String text) throws Exception {
        return Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
    }
}
