/**
 * Kiosks and their keys: one-time enrolment codes, enrolment, rotation and revocation
 * ({@link KioskRegistry}, key rows never deleted), the fleet's own signing key
 * ({@link FleetSigningKey}), the check of every signed kiosk request ({@link KioskAuthenticator},
 * per {@code backoffice.wire.RequestSignature}, each failure its own error code) and the
 * administrators' audit ({@link AdminAudit}). The signature and certificate formats come from
 * {@code backoffice.wire}, so kiosk and fleet cannot drift apart.
 */
package org.cleartrade.fleet.kiosks;
