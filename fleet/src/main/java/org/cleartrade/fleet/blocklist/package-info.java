/**
 * The fleet's IMEI block list: {@link BlockListRegister} imports CSV files (each kept with who
 * imported it, when, and the file's hash) and answers the kiosks' checks. Stored through Jdbi; a
 * refusal is an {@code http.ApiException}, while the routes themselves stay in {@code http}.
 */
package org.cleartrade.fleet.blocklist;
