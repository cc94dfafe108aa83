package org.cleartrade.core.identity;

import java.util.Map;
import java.util.Optional;

/**
 * The data elements of an AAMVA driver licence or ID card, as read from its PDF417 barcode.
 * Holds personal data: never log it, and never keep a field the jurisdiction's {@code
 * keptIdFields} does not name.
 *
 * @param issuerId the six-digit Issuer Identification Number of the issuing jurisdiction
 * @param version the AAMVA card design standard version (1..10)
 * @param elements three-letter element IDs (DAQ, DCS, DBB ...) to their trimmed values
 */
public record AamvaRecord(String issuerId, int version, Map<String, String> elements) {

    public AamvaRecord {
        elements = Map.copyOf(elements);
    }

    public Optional<String> element(String id) {
        return Optional.ofNullable(elements.get(id)).filter(v -> !v.isBlank() && !v.equals("NONE"));
    }

    @Override
    public String toString() {
        return "AamvaRecord[issuer=" + issuerId + ", version=" + version + ", " + elements.size() + " elements]";
    }
}
