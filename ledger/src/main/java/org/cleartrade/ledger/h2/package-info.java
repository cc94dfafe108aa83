/**
 * The ledger in an embedded H2 file: {@link H2Ledger} implements kiosk-core's ports
 * {@code core.ledger.Ledger}, {@code LedgerHistory} and {@code core.operator.OperatorAccounts},
 * with one transaction per session transition (the journal entry, then each fact, outbox documents
 * included), synced to disk when the transition asks for it (decision 0700). The schema is kept by
 * Flyway migrations under {@code db/migration}; custody rules are checked in {@code FactWriter} and
 * backed by schema constraints, the audit log is hash-chained ({@code AuditChain}), and a
 * {@link LedgerMark} kept outside the file catches a ledger that was replaced or rolled back. On
 * the kiosk this is the only package that uses JDBC, H2 or Flyway; it knows core's port types and
 * nothing of the back office, the UI, JavaFX or HTTP ({@code ModuleArrowsTest}), and only kiosk-ui
 * opens it.
 */
package org.cleartrade.ledger.h2;
