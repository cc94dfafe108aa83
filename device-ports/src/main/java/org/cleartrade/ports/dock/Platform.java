package org.cleartrade.ports.dock;

/**
 * The phone's operating system family, which decides what the dock can check, how the seller is
 * coached and which refusals apply.
 */
public enum Platform {
    ANDROID("Android"),
    IPHONE("iOS");

    private final String osName;

    Platform(String osName) {
        this.osName = osName;
    }

    /** The {@link PhoneIdentity#osName()} a dock of this platform reports. */
    public String osName() {
        return osName;
    }

    /** The platform of an identified phone; anything that is not iOS is treated as Android. */
    public static Platform of(PhoneIdentity identity) {
        return IPHONE.osName.equals(identity.osName()) ? IPHONE : ANDROID;
    }
}
