package org.cleartrade.deviceio.dock.android;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Works out the marketed storage size (64, 128, 256 GB ...) from what a shell can read. The whole
 * flash device in {@code /proc/partitions} (UFS {@code sda} or eMMC {@code mmcblk0}) is closest to
 * the marketed size; the user data partition from {@code df -k /data} is smaller (system
 * partitions take the rest) and is only the fallback.
 */
public final class StorageSize {

    private static final int[] MARKETED_GB = {8, 16, 32, 64, 128, 256, 512, 1024, 2048};
    private static final Pattern PARTITION = Pattern.compile("^\\s*\\d+\\s+\\d+\\s+(\\d+)\\s+(\\S+)\\s*$");
    private static final Pattern WHOLE_DISK = Pattern.compile("sd[a-z]|mmcblk\\d+");
    private static final Pattern DF_DATA = Pattern.compile("^\\S+\\s+(\\d+)\\s+\\d+\\s+\\d+\\s+\\d+%\\s+/data\\s*$");

    private StorageSize() {}

    /** Marketed size from the largest whole flash disk in /proc/partitions, if any. */
    public static OptionalInt fromPartitions(String procPartitions) {
        long largestKib = 0;
        for (String line : procPartitions.split("\r?\n")) {
            Matcher m = PARTITION.matcher(line);
            if (m.matches() && WHOLE_DISK.matcher(m.group(2)).matches()) {
                largestKib = Math.max(largestKib, parseLong(m.group(1)));
            }
        }
        return marketed(largestKib);
    }

    /** Marketed size from the /data line of {@code df -k /data}, if any. */
    public static OptionalInt fromDataPartition(String dfOutput) {
        for (String line : dfOutput.split("\r?\n")) {
            Matcher m = DF_DATA.matcher(line);
            if (m.matches()) {
                return marketed(parseLong(m.group(1)));
            }
        }
        return OptionalInt.empty();
    }

    /** The smallest marketed size the given KiB fit into, allowing 5 % for rounding by vendors. */
    static OptionalInt marketed(long kib) {
        if (kib <= 0) {
            return OptionalInt.empty();
        }
        double gb = kib * 1024.0 / 1_000_000_000.0;
        for (int size : MARKETED_GB) {
            if (gb <= size * 1.05) {
                return gb < size * 0.4 ? OptionalInt.empty() : OptionalInt.of(size);
            }
        }
        return OptionalInt.empty();
    }

    private static long parseLong(String digits) {
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
