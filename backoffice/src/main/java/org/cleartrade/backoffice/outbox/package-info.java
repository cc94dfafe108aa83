/**
 * What the kiosk reports to the fleet on its own: {@link HttpOutboxUploader} sends the ledger's
 * outbox documents in sequence order, one signed batch per call, and {@link HttpHeartbeat} says the
 * kiosk is alive, which price book it quotes from and its ledger's high-water mark, so the fleet
 * notices a ledger that went back. Both read the ledger through kiosk-core's
 * {@code core.ledger.Ledger} port and the document types of {@code core.outbox}, never through JDBC
 * or the ledger module.
 */
package org.cleartrade.backoffice.outbox;
