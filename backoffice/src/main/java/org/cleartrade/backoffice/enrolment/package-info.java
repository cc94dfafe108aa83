/**
 * Enrolling a kiosk with its fleet: {@link FleetEnrolment} sends the kiosk's public key, a one-time
 * code an administrator issued and a proof of the private key, and keeps the fleet's certificate of
 * that key ({@code wire.KioskKeyCertificate}). The kiosk's {@code setup} and {@code enrol} commands
 * call it, and the fleet checks the proof against the same {@code proofText}; it signs through
 * kiosk-core's {@code PayloadSigner} and knows no ledger or UI.
 */
package org.cleartrade.backoffice.enrolment;
