package org.cleartrade.core.outbox;

import java.util.Objects;

/**
 * One document of the kiosk's outbox, as the fleet service receives it: a JSON object whose first
 * two members name its type and the version of that type's format.
 *
 * <p>The formats are documented in docs/outbox.md, and every version written has a golden file in
 * {@code kiosk-core/src/test/resources/outbox/}. A change to a format is a new version: the fleet
 * reads every version a kiosk in the field may still send.
 *
 * @param type one of {@link OutboxDocuments}' types, e.g. {@code trade}
 * @param version the format version of this type
 * @param json the whole document, {@code {"type":..,"version":..,...}}
 */
public record OutboxDocument(String type, int version, String json) {

    public OutboxDocument {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(json, "json");
        if (!type.matches("[a-z][a-z-]{0,31}")) {
            throw new IllegalArgumentException("document type must be 1 to 32 of a-z and -, was " + type);
        }
        if (version < 1) {
            throw new IllegalArgumentException("document version starts at 1, was " + version);
        }
    }
}
