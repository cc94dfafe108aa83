package org.cleartrade.ports.dock;

import java.time.Instant;

/**
 * The phone's own word that it has started the erase, captured before it dropped off the bus.
 *
 * @param method for example "Factory reset (cryptographic erase of file-based-encrypted storage)"
 * @param tool the component that issued the erase, for example "ClearTrade device-owner helper"
 * @param evidence the raw acknowledgement the phone returned
 */
public record EraseAcknowledgement(Instant at, String method, String tool, String toolVersion, String evidence) {}
