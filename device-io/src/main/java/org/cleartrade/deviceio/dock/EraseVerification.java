package org.cleartrade.deviceio.dock;

import java.time.Instant;

/**
 * What could be proven after the erase. {@code verified} is true only when every step in
 * {@code method} was observed; {@code detail} says what was seen or why it could not be.
 */
public record EraseVerification(Instant at, boolean verified, String method, String detail) {}
