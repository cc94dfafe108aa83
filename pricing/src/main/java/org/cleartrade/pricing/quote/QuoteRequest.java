package org.cleartrade.pricing.quote;

import java.util.OptionalInt;
import org.cleartrade.pricing.grading.Condition;

/**
 * Everything a quote depends on. Identical requests give identical quotes.
 *
 * @param sessionId makes the quote id unique per session and reproducible
 * @param blocked the IMEI is on a block list
 * @param locked an account lock (FRP, activation lock) is still armed
 */
public record QuoteRequest(
        String sessionId,
        String manufacturer,
        String model,
        int storageGb,
        OptionalInt batteryHealthPercent,
        boolean locked,
        boolean blocked,
        Condition condition,
        String currency) {}
