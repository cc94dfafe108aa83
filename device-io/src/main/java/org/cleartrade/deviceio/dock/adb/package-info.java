/**
 * The Android dock over the real adb server's wire protocol: {@link
 * org.cleartrade.deviceio.dock.adb.AdbHostClient} speaks to the server (starting it with {@link
 * org.cleartrade.deviceio.dock.adb.AdbServerProcess} when needed), {@link
 * org.cleartrade.deviceio.dock.adb.AdbPhoneDock} is the dock port on top, and {@link
 * org.cleartrade.deviceio.dock.adb.DockTrial} is the technician's trial of a real phone
 * (docs/real-phones.md). What the phone answers is read in {@code dock.android}; docs/protocols/
 * has the sources.
 */
package org.cleartrade.deviceio.dock.adb;
