/**
 * What the law where a kiosk stands asks of a trade: {@link JurisdictionProfile} (hold days, ID
 * fields kept, minimum age, currency, languages, retention, the block-list outage rule), loaded
 * from {@code .properties} files and validated key by key at load by {@link JurisdictionProfiles}:
 * a bad or missing value is an error naming the profile and the key. JDK only; the bundled profiles
 * sit beside the classes as resources.
 */
package org.cleartrade.core.jurisdiction;
