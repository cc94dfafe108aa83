/**
 * What the kiosk asks an Android phone over a shell and how it reads the answers: the inspection
 * ({@link org.cleartrade.deviceio.dock.android.AndroidInspector}: properties, accounts, IMEI,
 * battery, storage), the helper app that erases as device owner and the verification after the
 * reset. Independent of the transport ({@link org.cleartrade.deviceio.dock.android.PhoneShell}), so
 * the real adb dock and the scenario phones share every parser.
 */
package org.cleartrade.deviceio.dock.android;
