package org.cleartrade.deviceio.dock.ios;

import java.util.Optional;

/**
 * What one inspection read from an iPhone in a lockdown session, before it is interpreted.
 *
 * @param values the default domain ({@code GetValue} without domain or key)
 * @param diskUsage the {@code com.apple.disk_usage} domain
 * @param findMy the {@code com.apple.fmip} domain
 * @param battery the {@code IOPMPowerSource} entry of the IORegistry (diagnostics_relay), if it answered
 * @param cloudConfiguration MCInstall's {@code GetCloudConfiguration} answer, if it answered
 */
public record IphoneFacts(
        PlistMessage values,
        PlistMessage diskUsage,
        PlistMessage findMy,
        Optional<PlistMessage> battery,
        Optional<PlistMessage> cloudConfiguration) {}
