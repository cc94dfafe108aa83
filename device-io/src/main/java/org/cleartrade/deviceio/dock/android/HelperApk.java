package org.cleartrade.deviceio.dock.android;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

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
    public static final String IMEI_ACTION = PACKAGE + ".action.READ_IMEI";
    public static final String IMEI_RECEIVER = PACKAGE + "/.ImeiReceiver";

    public HelperApk {
        bytes = bytes.clone();
    }

    /**
     * Reads an APK built by {@code device-io/android-helper/build.sh}, with its version from the
     * {@code .version} file written beside it. A missing or non-APK file is refused naming it.
     */
    public static HelperApk fromFile(Path apk) {
        Path versionFile = apk.resolveSibling(apk.getFileName().toString().replaceFirst("\\.apk$", "") + ".version");
        try {
            byte[] bytes = Files.readAllBytes(apk);
            if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K') {
                throw new IllegalArgumentException("helper APK " + apk + " is not an APK (zip) file");
            }
            String version =
                    Files.readString(versionFile, StandardCharsets.UTF_8).strip();
            if (version.isEmpty()) {
                throw new IllegalArgumentException("helper APK version file " + versionFile + " is empty");
            }
            return new HelperApk(bytes, version);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the helper APK " + apk + " or " + versionFile, e);
        }
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }
}
