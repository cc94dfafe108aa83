package org.cleartrade.core.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyMaterialLoggingTest {

    @TempDir
    Path data;

    @Test
    void logsKeyIdsButNeverKeyBytes() throws Exception {
        Logger logger = Logger.getLogger(FileKioskKeyStore.class.getName());
        List<String> lines = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord entry) {
                lines.add(MessageFormat.format(entry.getMessage(), entry.getParameters()));
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        logger.addHandler(capture);
        Level previous = logger.getLevel();
        logger.setLevel(Level.ALL);
        try {
            FileKioskKeyStore store = FileKioskKeyStore.open(data, new SecureRandom());
            String firstPrivate = Files.readString(data.resolve("keys/" + store.keyId() + ".key.pem"));
            store.rotate();

            assertThat(lines).isNotEmpty().anySatisfy(line -> assertThat(line).contains(store.keyId()));
            String privateBase64 = firstPrivate
                    .lines()
                    .filter(line -> !line.startsWith("-----"))
                    .findFirst()
                    .orElseThrow();
            String publicBase64 =
                    Base64.getEncoder().encodeToString(store.publicKey().getEncoded());
            assertThat(lines).noneMatch(line -> line.contains(privateBase64) || line.contains(publicBase64));
        } finally {
            logger.removeHandler(capture);
            logger.setLevel(previous);
        }
    }
}
