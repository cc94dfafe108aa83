package org.cleartrade.core.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.cleartrade.core.testing.SessionFixtures;
import org.cleartrade.pricing.quote.QuoteRequest;
import org.junit.jupiter.api.Test;

class EffectTest {

    private static final List<Effect> EVERY_EFFECT = List.of(
            new Effect.Inspect(),
            new Effect.CheckBlockList("356938035643809"),
            new Effect.RequestQuote(new QuoteRequest(
                    "S-1",
                    "Google",
                    "Pixel 8",
                    128,
                    OptionalInt.of(90),
                    false,
                    false,
                    SessionFixtures.goodCondition(),
                    "USD")),
            new Effect.CheckGate(),
            new Effect.Erase(),
            new Effect.VerifyErase("SERIAL", Duration.ofMinutes(5)),
            new Effect.IssueCertificate(),
            new Effect.PrintCertificate(),
            new Effect.ChooseBin(Set.of()),
            new Effect.Unlatch(1),
            new Effect.Lock(1),
            new Effect.ReadTraySerial(),
            new Effect.IssueVoucher(),
            new Effect.PrintVoucher());

    @Test
    void theListNamesEveryEffect() {
        assertThat(EVERY_EFFECT)
                .extracting(Object::getClass)
                .containsExactlyInAnyOrder(Effect.class.getPermittedSubclasses());
    }

    /** The durability rule rests on this list: a physical effect runs only after a synced commit. */
    @Test
    void onlyTheEraseTheLatchAndThePrinterActOnTheWorld() {
        assertThat(EVERY_EFFECT.stream().filter(Effect::physical))
                .containsExactlyInAnyOrder(
                        new Effect.Erase(),
                        new Effect.PrintCertificate(),
                        new Effect.Unlatch(1),
                        new Effect.Lock(1),
                        new Effect.PrintVoucher());
    }
}
