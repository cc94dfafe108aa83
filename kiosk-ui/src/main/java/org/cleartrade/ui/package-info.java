/**
 * The kiosk program: {@link Launcher}, its one entry point and command dispatcher, the window
 * ({@code KioskApp}, with the toolkit started early by {@code EarlyToolkit}), and
 * {@code KioskAssembly}, the composition root that builds the ledger, the devices as configured,
 * the signing key and the session ports by constructor and closes whatever it opened. The commands
 * beside the window ({@code setup}, {@code enrol}, {@code keys}, {@code ledger}, {@code journeys}
 * and the like) live here too, each a small class. The kiosk's implementations (the H2 ledger, the
 * HTTP back office, real or simulated devices) are chosen and built here, with the staff side in
 * {@code ui.operator.OperatorStation}; screens and view models receive ports and never build them.
 */
package org.cleartrade.ui;
