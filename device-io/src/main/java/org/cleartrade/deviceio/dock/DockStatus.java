package org.cleartrade.deviceio.dock;

import java.util.Objects;
import java.util.Optional;

/**
 * What the dock sees on its cable.
 *
 * @param serial the phone's serial number when the dock can tell it (adb lists it; for an iPhone,
 *     the serial inspection tied to the UDID the USB bus shows)
 * @param platform which kind of phone is on the cable, as soon as the dock can tell (an iPhone is
 *     recognised from the USB bus, before any pairing); empty when the dock cannot tell
 * @param prompt what the seller must do on the phone while it is {@link State#UNAUTHORIZED}
 */
public record DockStatus(State state, Optional<String> serial, Optional<Platform> platform, Optional<Prompt> prompt) {

    public enum State {
        /** Nothing plugged in. */
        EMPTY,
        /** A phone is plugged in but the seller has not yet allowed USB debugging / trusted the kiosk. */
        UNAUTHORIZED,
        /** A phone is plugged in and answers. */
        AUTHORIZED,
        /** A phone is present on USB but does not answer (for example rebooting after a reset). */
        OFFLINE
    }

    /** What the phone is waiting for the seller to do before the kiosk can talk to it. */
    public enum Prompt {
        /** Android: tap "Allow" on "Allow USB debugging?". */
        ALLOW_USB_DEBUGGING,
        /** iPhone: unlock the phone with its passcode; it will not pair while locked. */
        UNLOCK,
        /** iPhone: tap "Trust" on "Trust This Computer?" (and enter the passcode). */
        TRUST,
        /** iPhone: the seller tapped "Don't Trust"; the phone asks again only after a new plug-in. */
        TRUST_DECLINED
    }

    public DockStatus {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(serial, "serial");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(prompt, "prompt");
    }

    /** A status that does not say the platform or a prompt. */
    public DockStatus(State state, Optional<String> serial) {
        this(state, serial, Optional.empty(), Optional.empty());
    }

    /** A phone of {@code platform} in {@code state}. */
    public static DockStatus of(State state, Optional<String> serial, Platform platform) {
        return new DockStatus(state, serial, Optional.of(platform), Optional.empty());
    }

    /** A phone of {@code platform} waiting for the seller to do {@code prompt}. */
    public static DockStatus waiting(Optional<String> serial, Platform platform, Prompt prompt) {
        return new DockStatus(State.UNAUTHORIZED, serial, Optional.of(platform), Optional.of(prompt));
    }

    public static DockStatus empty() {
        return new DockStatus(State.EMPTY, Optional.empty());
    }
}
