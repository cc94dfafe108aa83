/**
 * The block-list port: {@link BlockList} asks whether an IMEI is reported lost or stolen. Declared
 * here, beside the session that asks it, and implemented by the back office module (over HTTP) or
 * by a list the composition root wires, so that kiosk-core makes no network call and is tested
 * without one ({@code ModuleArrowsTest}). JDK only.
 */
package org.cleartrade.core.backoffice;
