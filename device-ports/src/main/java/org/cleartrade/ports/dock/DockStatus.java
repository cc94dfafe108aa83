package org.cleartrade.ports.dock;

import java.util.Objects;
import java.util.Optional;

/**
 * What the dock sees on its cable.
 *
 * @param serial the phone's serial number when the dock can tell it (adb lists it; for an iPhone,
 *     the serial inspection tied to the UDID the USB bus shows)
 * @param platform which kind of phone is on the cable, as soon as the dock can tell (an iPhone is
 *     recognised from the USB bus, before any pairing); empty when the dock cannot tell
 * @param prompt what the seller must do on the phone before the kiosk can talk to it: while it is
 *     {@link State#UNAUTHORIZED}, or, on an {@link State#EMPTY} dock, {@link
 *     Prompt#TURN_ON_USB_DEBUGGING} when the USB bus shows an Android phone that adb cannot see
 */
public record DockStatus(State state, Optional<String> serial, Optional<Platform> platform, Optional<Prompt> prompt) {

    public enum State {
        /**
         * No phone the kiosk can talk to: nothing on the cable, or an Android phone with USB
         * debugging off, which is on the USB bus but invisible to adb ({@link #usbDebuggingOff()}).
         */
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
        TRUST_DECLINED,
        /**
         * Android: the phone is on the USB bus but offers no adb interface, so USB debugging is off
         * (as on every phone until the seller turns it on, and after a factory reset). Only on an
         * {@link State#EMPTY} dock: adb cannot see the phone until the seller turns it on.
         */
        TURN_ON_USB_DEBUGGING
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

    /** Nothing on the cable. */
    public static DockStatus empty() {
        return new DockStatus(State.EMPTY, Optional.empty());
    }

    /**
     * An Android phone is on the USB bus but adb cannot see it (USB debugging is off): still an
     * {@link State#EMPTY} dock, for the kiosk cannot talk to it, but the seller can be coached.
     */
    public static DockStatus usbDebuggingOff() {
        return new DockStatus(
                State.EMPTY,
                Optional.empty(),
                Optional.of(Platform.ANDROID),
                Optional.of(Prompt.TURN_ON_USB_DEBUGGING));
    }

    /**
     * Whether no phone is on the dock's cable at all. An Android phone with USB debugging off is
     * {@link State#EMPTY} to adb but still plugged in: a seller who turns USB debugging off has not
     * taken their phone, and a phone fresh from a factory reset always has it off.
     */
    public boolean unplugged() {
        return state == State.EMPTY && !showsUsbDebuggingOff();
    }

    /** Whether the dock sees an Android phone on USB that has USB debugging off. */
    public boolean showsUsbDebuggingOff() {
        return state == State.EMPTY
                && prompt.filter(Prompt.TURN_ON_USB_DEBUGGING::equals).isPresent();
    }
}
