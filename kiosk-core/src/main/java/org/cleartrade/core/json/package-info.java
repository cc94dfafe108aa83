/**
 * The one compact JSON form of {@code docs/formats.md}: {@link CompactJson} writes and reads
 * single-line UTF-8 JSON with Jackson, members in the order put and strings escaped one way.
 * Journal snapshots, outbox documents and exports all go through it, so what the kiosk writes is
 * byte for byte what their golden files pin. Depends on Jackson and the JDK only.
 */
package org.cleartrade.core.json;
