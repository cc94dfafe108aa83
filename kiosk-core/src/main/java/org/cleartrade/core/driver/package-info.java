/**
 * The journey harness: plays complete seller journeys headless, a scripted seller per scenario
 * against the in-process simulated dock, latch and printer, in virtual time that moves only when
 * told (nothing sleeps), with whatever ledger it is given; after each journey it checks the rules
 * no journey may break against the ledger and the latch, and plays the staff who finish owed trades
 * and empty full bins. It ships because the installed kiosk's {@code journeys} command runs it on
 * the kiosk's own code (docs/architecture.md); nothing in a seller's session reaches it. Like all
 * of kiosk-core it uses no JavaFX, JDBC, HTTP or serial library: the H2 ledger is handed in by the
 * command that starts it.
 */
package org.cleartrade.core.driver;
