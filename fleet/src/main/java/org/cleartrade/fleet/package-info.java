/**
 * The fleet service's entry point and composition root: {@link FleetMain} reads the command line
 * ({@link FleetOptions}, every option checked when read) and either serves or runs one
 * administration command, both over the same {@link FleetServices}, the one place that builds the
 * services on one database and one fleet key. Instances keep no state of their own, so any number
 * of them serve one PostgreSQL database (docs/fleet.md). Nothing on the kiosk depends on the fleet;
 * the fleet reuses kiosk code only for what both sides must agree on (pricing, the shared wire
 * formats of {@code backoffice}, payload verification of {@code core.certificate}).
 */
package org.cleartrade.fleet;
