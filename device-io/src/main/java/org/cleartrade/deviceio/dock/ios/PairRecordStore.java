package org.cleartrade.deviceio.dock.ios;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The pair records of the phones on the dock, one {@code <UDID>.plist} each in an owner-only
 * directory (mode {@code rwx------}, files {@code rw-------}). A record lives only while its phone
 * needs it: the dock deletes it once the erase has started (the phone forgets the pairing anyway),
 * after the verification's fresh pairing, when the phone leaves the cable, and every record left
 * by a process that stopped is deleted when the dock starts.
 *
 * <p>Thread-safe: every method is synchronized.
 */
public final class PairRecordStore {

    private static final String SUFFIX = ".plist";

    private final OwnerOnlyFiles files;

    /** Opens (creating if needed) the store in {@code directory}; an existing one others can read is refused. */
    public PairRecordStore(Path directory) throws IOException {
        this.files = new OwnerOnlyFiles(directory);
    }

    public Path directory() {
        return files.directory();
    }

    public synchronized void save(String udid, PairRecord record) throws IOException {
        files.write(name(udid), record.toPlist().toXml());
    }

    public synchronized Optional<PairRecord> read(String udid) throws IOException {
        if (!files.exists(name(udid))) {
            return Optional.empty();
        }
        return Optional.of(PairRecord.fromPlist(PlistMessage.parse(files.read(name(udid)))));
    }

    public synchronized boolean has(String udid) {
        return files.exists(name(udid));
    }

    public synchronized void delete(String udid) throws IOException {
        files.delete(name(udid));
    }

    /** The UDIDs with a record. */
    public synchronized List<String> udids() throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> entries = Files.list(files.directory())) {
            entries.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(SUFFIX))
                    .forEach(n -> out.add(n.substring(0, n.length() - SUFFIX.length())));
        }
        return out;
    }

    /** Deletes every record; returns how many there were. */
    public synchronized int deleteAll() throws IOException {
        List<String> all = udids();
        for (String udid : all) {
            delete(udid);
        }
        return all.size();
    }

    private static String name(String udid) {
        if (!udid.matches("[0-9A-Fa-f-]{20,64}")) {
            throw new IllegalArgumentException("not a UDID: " + udid);
        }
        return udid + SUFFIX;
    }
}
