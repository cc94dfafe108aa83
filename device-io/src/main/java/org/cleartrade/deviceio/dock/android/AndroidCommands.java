package org.cleartrade.deviceio.dock.android;

/**
 * Every shell command the dock sends to a phone. docs/protocols/android.md explains each one and
 * what its answers mean; the phone scenario files answer exactly these strings.
 */
public final class AndroidCommands {

    /** All system properties, one {@code [key]: [value]} line each. */
    public static final String GETPROP = "getprop";
    /** Signed-in accounts per user. */
    public static final String ACCOUNTS = "dumpsys account";
    /** Battery level, health code and charge counter. */
    public static final String BATTERY = "dumpsys battery";
    /** Full-charge and design capacity in µAh from the kernel's power-supply class. */
    public static final String BATTERY_CAPACITY =
            "cat /sys/class/power_supply/battery/charge_full /sys/class/power_supply/battery/charge_full_design";
    /** Device owner and profile owners (MDM). */
    public static final String OWNERS = "dpm list-owners";
    /** Storage volumes: an adopted or portable SD card shows as private: or public:. */
    public static final String VOLUMES = "sm list-volumes all";
    /** Block devices with their size in KiB: the raw flash size. */
    public static final String PARTITIONS = "cat /proc/partitions";
    /** Size of the user data partition, the fallback when /proc/partitions is not readable. */
    public static final String DATA_SIZE = "df -k /data";
    /** IMEI through the phone subscriber info binder; refused without privileges on Android 10+. */
    public static final String IMEI = "service call iphonesubinfo 1 s16 com.android.shell";
    /** A su binary on the shell's PATH means the phone is rooted. */
    public static final String SU = "which su";
    /** Subscriptions, including downloaded eSIM profiles (Android 14 and later). */
    public static final String SUBSCRIPTIONS = "dumpsys isub";
    /** 1 once the setup wizard has finished for the primary user; 0 on a freshly reset phone. */
    public static final String USER_SETUP_COMPLETE = "settings get secure user_setup_complete";
    /** 1 once the device has been provisioned; 0 on a freshly reset phone. */
    public static final String DEVICE_PROVISIONED = "settings get global device_provisioned";

    private AndroidCommands() {}
}
