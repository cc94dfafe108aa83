/**
 * The operator console: staff sign-in ({@link PinLogin}, {@link Pbkdf2PinHasher},
 * {@link LockoutPolicy}, {@link PinPadThrottle}), the pure {@link OperatorConsole} machine with its
 * {@link OperatorEffect}s run against the ports by {@link OperatorEffects}, and
 * {@link OperatorRunner} that the screens call; restocking with a signed {@link CustodyManifest},
 * the technician's {@link DeviceSelfTest}, and finishing interrupted trades from their alerts
 * ({@link TradeRecovery}, {@link AlertCase}). It runs on {@code core.machine} like the seller's
 * session, so every unlatch, lock and print is synced to the ledger before the device moves. Staff
 * accounts are the {@link OperatorAccounts} port, implemented by the ledger; the latch and the
 * printer are reached through their device ports; the screens render {@link ConsoleSnapshot} and
 * {@link Notice}, and nothing here uses JavaFX, JDBC or HTTP.
 */
package org.cleartrade.core.operator;
