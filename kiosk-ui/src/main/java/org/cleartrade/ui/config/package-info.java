/**
 * The kiosk's configuration: {@link KioskConfigParser} reads a {@code .properties} file into a
 * validated, sealed {@link KioskConfig} with its device sections ({@link DockSettings},
 * {@link LatchSettings}, {@link PrinterSettings}) and the back office's. Missing keys take the demo
 * defaults; an unknown key or a bad value is a {@link ConfigException} naming the key, so a typo
 * never silently falls back to a simulator. Every key is documented in
 * {@code docs/configuration.md}, and a test holds the two together. No JavaFX, so the commands
 * without a window read it the same way.
 */
package org.cleartrade.ui.config;
