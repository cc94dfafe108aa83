/**
 * What operators and the web pages read about the fleet: {@link FleetQueries} (kiosks and their
 * last contact, open alerts, bins holding phones, trades per day, one trade in full, a certificate
 * by id and serial). Read-only SQL over Jdbi; it depends on no other fleet package.
 */
package org.cleartrade.fleet.query;
