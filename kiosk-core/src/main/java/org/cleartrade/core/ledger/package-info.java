/**
 * The ledger port: {@link Ledger} is the kiosk's durable record (session journal, trades,
 * certificates, vouchers, bins, custody, the hash-chained audit log, the outbox), committed one
 * {@link JournalEntry} with its {@link LedgerFact}s at a time; {@link LedgerHistory} is its
 * read-only side for exports, and {@link HighWaterMark} how far it had got. The ledger module
 * implements these with H2; this package only declares them, so kiosk-core stays free of JDBC and
 * is tested against an in-memory ledger ({@code ModuleArrowsTest}).
 */
package org.cleartrade.core.ledger;
