/**
 * What the kiosks report, stored: {@link OutboxIngest} keeps each kiosk's outbox documents exactly
 * once and in order, however often and by whichever instance they arrive, after
 * {@code DocumentReader} has checked every member of every document of the batch
 * ({@code docs/outbox.md}); {@link Heartbeats} keeps each kiosk's last heartbeat and its
 * {@link ReportedLedgerMark}, so a ledger that went back is noticed. Documents are read from JSON
 * here, by type and version, not through the kiosk's classes, so the fleet accepts exactly what it
 * checks.
 */
package org.cleartrade.fleet.ingest;
