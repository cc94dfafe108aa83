/**
 * What the fleet is told: {@link OutboxDocuments} writes the versioned JSON {@link OutboxDocument}
 * for each ledger fact, which the ledger stores in the same transaction as the fact, so nothing
 * stored goes unreported and nothing reported was not stored ({@code docs/outbox.md}, one golden
 * file per version). Sending is the back office's job; this package only says what the documents
 * are.
 */
package org.cleartrade.core.outbox;
