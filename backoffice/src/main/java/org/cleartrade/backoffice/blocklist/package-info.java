/**
 * The block-list check over HTTP: {@link HttpBlockList} implements kiosk-core's
 * {@code core.backoffice.BlockList} by asking the fleet service whether an IMEI is reported lost or
 * stolen, with the number in the request body so it never lands in an access log. Depends on
 * OkHttp, Jackson and the endpoint in {@code org.cleartrade.backoffice}; the session sees only the
 * port.
 */
package org.cleartrade.backoffice.blocklist;
