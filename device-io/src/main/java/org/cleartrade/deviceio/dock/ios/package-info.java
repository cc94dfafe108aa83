/**
 * The iPhone dock: usbmuxd ({@link org.cleartrade.deviceio.dock.ios.UsbmuxdClient}), lockdownd over
 * TLS with the kiosk's pair records, and the device services the inspection and the erase use
 * ({@link org.cleartrade.deviceio.dock.ios.IphoneDock}). Property lists through dd-plist, pairing
 * certificates through Bouncy Castle; docs/protocols/ has the sources.
 */
package org.cleartrade.deviceio.dock.ios;
