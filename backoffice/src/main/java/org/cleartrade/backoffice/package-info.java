/**
 * The kiosk's side of its fleet service: {@link BackOfficeConfig} (validated when read),
 * {@link FleetEndpoint} (one OkHttp client, every request signed with the kiosk's key) and
 * {@link HttpBackOffice}, which builds the block list, the price-book updater and the periodic work
 * (price-book refresh, outbox upload, heartbeat) on a scheduler the composition root owns. The back
 * office implements kiosk-core's ports ({@code core.backoffice.BlockList}) and reads the ledger
 * only through {@code core.ledger.Ledger}: nothing here touches the ledger module, JDBC, H2, JavaFX
 * or the UI ({@code ModuleArrowsTest}), and on the kiosk it is the only module that makes HTTP
 * calls.
 */
package org.cleartrade.backoffice;
