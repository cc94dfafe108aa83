/**
 * The fleet's PostgreSQL database: where it is ({@link DatabaseAddress}), the pool, Flyway schema
 * ({@code db/fleet/V*.sql}) and Jdbi handle over it ({@link FleetDatabase}), and
 * {@link LocalPostgres}, a private server in a folder of its own for the demo and the tests. Every
 * instance migrates at start; Flyway's lock lets only one of several starting instances do it. This
 * package knows no fleet feature; the services get a Jdbi handle and write their own SQL.
 */
package org.cleartrade.fleet.db;
