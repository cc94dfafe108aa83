package org.cleartrade.deviceio.dock.android;

/**
 * The device-owner helper app the dock installs before an erase (source in
 * {@code device-io/android-helper/}).
 *
 * @param bytes the signed APK
 * @param version its versionName, recorded on the certificate
 */
public record HelperApk(byte[] bytes, String version) {

    public static final String PACKAGE = "org.cleartrade.wipe";
    public static final String ADMIN_COMPONENT = PACKAGE + "/.OwnerReceiver";
    public static final String WIPE_ACTION = PACKAGE + ".action.WIPE";
    public static final String WIPE_RECEIVER = PACKAGE + "/.WipeReceiver";

    public HelperApk {
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }
}
