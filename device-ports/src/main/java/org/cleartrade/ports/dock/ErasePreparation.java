package org.cleartrade.ports.dock;

import java.util.List;
import java.util.Objects;

/**
 * What the dock learned while readying the phone's erase route, before anything is erased: on
 * Android, the device-owner helper is installed and owner, and reads the IMEI of each slot, which
 * Android 10 and later show to a device owner but never to the adb shell.
 *
 * @param imeis the IMEIs the helper read, each 15 digits with a valid check digit; empty when it
 *     could read none, or when the dock has no helper
 * @param detail what happened, in plain words, for the log and the operator
 */
public record ErasePreparation(List<String> imeis, String detail) {

    public ErasePreparation {
        imeis = List.copyOf(imeis);
        Objects.requireNonNull(detail, "detail");
    }

    /** A dock whose erase needs nothing installed and reads nothing beforehand. */
    public static ErasePreparation nothingToPrepare() {
        return new ErasePreparation(List.of(), "nothing to prepare");
    }
}
