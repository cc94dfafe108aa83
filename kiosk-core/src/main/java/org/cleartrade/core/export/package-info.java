/**
 * Record exports for the store or an auditor: {@link RecordExport} writes the trades, certificates
 * and audit links of a date range as CSV (through {@code CsvTable}, which defuses spreadsheet
 * formulas in untrusted text) and JSON. It reads only the read-only
 * {@code core.ledger.LedgerHistory} port, never the storage behind it, and exports no personal
 * identity data.
 */
package org.cleartrade.core.export;
