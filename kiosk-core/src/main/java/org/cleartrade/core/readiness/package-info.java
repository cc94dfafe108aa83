/**
 * Whether the kiosk may take phones: {@link StartupDeviceCheck} reads the latch and the printer
 * without moving either, {@link TradingReadiness} decides from the problems found and what staff
 * acknowledged (pure, tested as a table), and {@link TradingHold} holds trading meanwhile and keeps
 * the ledger's operator alerts in step. Both devices are reached only through their ports
 * ({@code BinLatch}, {@code ReceiptPrinter}), never a driver.
 */
package org.cleartrade.core.readiness;
