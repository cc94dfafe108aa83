/**
 * The wire formats kiosk and fleet share, kept here so both sides compile against one definition:
 * {@link RequestSignature} (the headers every kiosk request carries and what the fleet checks),
 * {@link KioskRequestSigner} (the OkHttp interceptor that adds them) and
 * {@link KioskKeyCertificate} (the fleet's signed statement that a public key is a kiosk's). The
 * fleet module uses the signature and certificate types; apart from the interceptor nothing here
 * needs OkHttp.
 */
package org.cleartrade.backoffice.wire;
