package org.cleartrade.core.certificate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * The cashier's list of redeemed voucher ids: one line per voucher, {@code <voucherId> <redeemedAt>}.
 *
 * <p>{@link #redeem} holds an exclusive file lock while it reads the list and appends, and forces
 * the append to disk before returning, so two verifiers sharing the file cannot both accept one
 * voucher and a power cut cannot forget a redemption that was reported. A line that is not a
 * voucher id stops the check with an error rather than being skipped.
 *
 * <p>Threading: one instance per file in a process; {@link #redeem} is synchronized, since the
 * JVM refuses a second lock on a file it already holds.
 */
public final class RedeemedVoucherFile {

    private final Path path;

    public RedeemedVoucherFile(Path path) {
        this.path = path;
    }

    public Path path() {
        return path;
    }

    /** Records {@code voucherId} as redeemed; false when it already was. */
    public synchronized boolean redeem(String voucherId, Instant now) {
        try (FileChannel channel =
                FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = channel.lock();
            try {
                String text = readAll(channel);
                if (listed(text, voucherId)) {
                    return false;
                }
                String separator = text.isEmpty() || text.endsWith("\n") ? "" : "\n";
                byte[] line = (separator + voucherId + " " + now + "\n").getBytes(StandardCharsets.US_ASCII);
                channel.write(ByteBuffer.wrap(line), channel.size());
                channel.force(true);
                return true;
            } finally {
                lock.release();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot update the redeemed list " + path, e);
        }
    }

    private boolean listed(String text, String voucherId) {
        int lineNumber = 0;
        for (String line : text.split("\n")) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            String id = line.split(" ", 2)[0];
            if (!id.matches("[0-9a-f]{32}")) {
                throw new UncheckedIOException(
                        "line " + lineNumber + " of the redeemed list " + path + " is not a voucher id",
                        new IOException("malformed redeemed list"));
            }
            if (id.equals(voucherId)) {
                return true;
            }
        }
        return false;
    }

    private static String readAll(FileChannel channel) throws IOException {
        ByteBuffer content = ByteBuffer.allocate(Math.toIntExact(channel.size()));
        while (content.hasRemaining()) {
            if (channel.read(content, content.position()) < 0) {
                break;
            }
        }
        return new String(content.array(), StandardCharsets.US_ASCII);
    }
}
