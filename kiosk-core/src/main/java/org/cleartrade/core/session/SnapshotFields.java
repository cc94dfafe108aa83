package org.cleartrade.core.session;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A journaled snapshot's values by key, whichever version wrote it: {@link SnapshotLines} reads the
 * {@code key=value} lines of {@code cleartrade-session/1}, {@link SnapshotJsonFields} the JSON of
 * {@code cleartrade-session/2}. Keys are dotted paths ({@code erase.ack.at}); an element of a list
 * is addressed by its index ({@code check.3.kind}). {@link SnapshotDecoder} reads both through this
 * one interface, so the meaning of every value is written once.
 *
 * <p>Every reader names the key it could not read in its {@link IllegalArgumentException}.
 */
interface SnapshotFields {

    boolean has(String key);

    String string(String key);

    long number(String key);

    boolean bool(String key);

    /** How many elements the list {@code list} holds. */
    int count(String list);

    /** A list of whole numbers, e.g. the bins that failed. */
    List<Integer> integers(String key);

    default Optional<String> optionalString(String key) {
        return has(key) ? Optional.of(string(key)) : Optional.empty();
    }

    default int integer(String key) {
        long n = number(key);
        if (n < Integer.MIN_VALUE || n > Integer.MAX_VALUE) {
            throw bad(key, "is out of range: " + n);
        }
        return (int) n;
    }

    default OptionalInt optionalInt(String key) {
        return has(key) ? OptionalInt.of(integer(key)) : OptionalInt.empty();
    }

    default Instant instant(String key) {
        String value = string(key);
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw bad(key, "is not an ISO-8601 instant: '" + value + "'");
        }
    }

    default Optional<Instant> optionalInstant(String key) {
        return has(key) ? Optional.of(instant(key)) : Optional.empty();
    }

    default <E extends Enum<E>> E enumeration(String key, Class<E> type) {
        String value = string(key);
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw bad(key, "is not a " + type.getSimpleName() + ": '" + value + "'");
        }
    }

    default <E extends Enum<E>> Optional<E> optionalEnum(String key, Class<E> type) {
        return has(key) ? Optional.of(enumeration(key, type)) : Optional.empty();
    }

    static IllegalArgumentException bad(String key, String problem) {
        return new IllegalArgumentException("snapshot key " + key + " " + problem);
    }
}
