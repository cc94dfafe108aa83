package org.cleartrade.backoffice.pricebook;

import java.util.List;

/** What one price-book refresh did. In every case but {@link Updated} the book in force stays. */
public sealed interface UpdateOutcome {

    /** A new book is in force and stored. */
    record Updated(String version, int skuCount) implements UpdateOutcome {}

    /** The back office has nothing newer (304, or the same edition again). */
    record Unchanged(String version) implements UpdateOutcome {}

    /** The back office sent something the kiosk will not use: each problem is named. */
    record Refused(List<String> problems) implements UpdateOutcome {
        public Refused {
            problems = List.copyOf(problems);
        }
    }

    /** The back office could not be asked or did not answer properly (network, timeout, HTTP error). */
    record Unreachable(String detail) implements UpdateOutcome {}
}
