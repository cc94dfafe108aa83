package org.cleartrade.deviceio.dock.ios;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The phones this dock has erased, by UDID, with the serial number inspection tied to that UDID
 * and when the erase started. An erased phone is unpaired and in the setup assistant: the dock
 * does not pair it again on its own, and reports its serial from here (the UDID is what the USB
 * bus shows without pairing). Kept in an owner-only file so a restarted kiosk still knows the
 * phone in the deposit tray; entries are dropped a day after the erase.
 *
 * <p>File: {@code erased.properties}, lines {@code <UDID>=<serial> <erase instant>}. Thread-safe.
 */
public final class ErasedPhones {

    static final Duration KEPT_FOR = Duration.ofDays(1);
    private static final String FILE = "erased.properties";

    private final OwnerOnlyFiles files;
    private final Clock clock;
    private final Map<String, Entry> entries = new TreeMap<>();

    /** One erased phone. */
    public record Entry(String serial, Instant erasedAt) {}

    /** Opens (creating if needed) the owner-only {@code directory} that holds the file. */
    public ErasedPhones(java.nio.file.Path directory, Clock clock) throws IOException {
        this.files = new OwnerOnlyFiles(directory);
        this.clock = clock;
        load();
    }

    public synchronized void add(String udid, String serial, Instant erasedAt) {
        entries.put(udid, new Entry(serial, erasedAt));
        save();
    }

    /** Forgets an erased phone: it has been set up again since. */
    public synchronized void remove(String udid) {
        if (entries.remove(udid) != null) {
            save();
        }
    }

    public synchronized Optional<Entry> get(String udid) {
        expire();
        return Optional.ofNullable(entries.get(udid));
    }

    /** The UDID of the erased phone with this serial. */
    public synchronized Optional<String> udidOf(String serial) {
        expire();
        return entries.entrySet().stream()
                .filter(e -> e.getValue().serial().equals(serial))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    private void expire() {
        Instant cutoff = clock.instant().minus(KEPT_FOR);
        if (entries.values().removeIf(e -> e.erasedAt().isBefore(cutoff))) {
            save();
        }
    }

    private void load() {
        if (!files.exists(FILE)) {
            return;
        }
        Properties p = new Properties();
        try {
            p.load(new StringReader(new String(files.read(FILE), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + files.directory().resolve(FILE), e);
        }
        for (String udid : p.stringPropertyNames()) {
            String[] parts = p.getProperty(udid).strip().split(" ");
            try {
                entries.put(udid, new Entry(parts[0], Instant.parse(parts[1])));
            } catch (ArrayIndexOutOfBoundsException | DateTimeParseException e) {
                throw new IllegalArgumentException(
                        files.directory().resolve(FILE) + ": " + udid + " must be '<serial> <instant>'", e);
            }
        }
        expire();
    }

    private void save() {
        StringWriter text = new StringWriter();
        entries.forEach((udid, e) -> text.append(udid)
                .append('=')
                .append(e.serial())
                .append(' ')
                .append(e.erasedAt().toString())
                .append('\n'));
        try {
            files.write(FILE, text.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + files.directory().resolve(FILE), e);
        }
    }
}
