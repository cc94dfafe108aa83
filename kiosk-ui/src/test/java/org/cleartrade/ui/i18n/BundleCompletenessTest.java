package org.cleartrade.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import org.cleartrade.core.operator.DeviceSelfTest;
import org.cleartrade.core.operator.Notice;
import org.cleartrade.core.operator.TradeRecovery;
import org.cleartrade.core.session.ChecklistItem;
import org.cleartrade.core.session.FaultReason;
import org.cleartrade.core.session.OperatorAlert;
import org.cleartrade.core.session.Outcome;
import org.cleartrade.core.session.RefusalReason;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every language has every line, and every reason the session can give has copy in each. */
class BundleCompletenessTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = BundleCompletenessTest.class.getResourceAsStream("/org/cleartrade/assets/i18n/" + name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @ParameterizedTest
    @ValueSource(strings = {"ui", "checklist"})
    void everyTranslationHasExactlyTheEnglishKeys(String bundle) throws IOException {
        Set<String> english = load(bundle + ".properties").stringPropertyNames();
        for (String suffix : List.of("_zh_CN", "_es")) {
            assertThat(load(bundle + suffix + ".properties").stringPropertyNames())
                    .as(bundle + suffix)
                    .containsExactlyInAnyOrderElementsOf(english);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-Hans", "es"})
    void everyReasonTheSessionCanGiveHasCopy(String tag) {
        UiText text = new UiText(
                Language.fromTag(tag).orElseThrow(),
                ZoneId.of("UTC"),
                new OfferedLanguages(List.of("en", "es", "zh-Hans")));
        List<String> keys = new ArrayList<>();
        Stream.of(RefusalReason.values()).forEach(r -> {
            keys.add("refusal." + r.name() + ".reason");
            keys.add("refusal." + r.name() + ".fix");
        });
        Stream.of(FaultReason.values()).forEach(f -> keys.add("fault." + f.name()));
        Stream.of(Outcome.values()).forEach(o -> keys.add("outcome." + o.name()));
        Stream.of(OperatorAlert.Kind.values()).forEach(k -> {
            keys.add("operator.alert.kind." + k.name() + ".title");
            keys.add("operator.alert.kind." + k.name() + ".todo");
            keys.add("notice.OPERATOR_NEEDED." + k.name());
        });
        Stream.of(TradeRecovery.Action.values()).forEach(a -> keys.add("operator.recovery." + a.name()));
        Stream.of(DeviceSelfTest.Finding.values()).forEach(f -> keys.add("operator.selftest.finding." + f.name()));
        Stream.of(DeviceSelfTest.Condition.values()).forEach(c -> keys.add("operator.selftest.condition." + c.name()));
        Stream.of(Notice.Kind.values())
                .filter(k -> k != Notice.Kind.NONE && k != Notice.Kind.KIOSK_EXIT)
                .forEach(k -> keys.add("operator.notice." + k.key()));
        for (String key : keys) {
            assertThat(text.get(key)).as(key).doesNotStartWith("!");
        }
        for (ChecklistItem.Topic t : ChecklistItem.Topic.values()) {
            for (String part : List.of(".title", ".why", ".how")) {
                String key = t.name().toLowerCase(Locale.ROOT) + part;
                assertThat(text.checklist(key)).as(key).doesNotStartWith("!");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-Hans", "es"})
    void formattedLinesKeepTheirArguments(String tag) {
        UiText text = new UiText(
                Language.fromTag(tag).orElseThrow(),
                ZoneId.of("UTC"),
                new OfferedLanguages(List.of("en", "es", "zh-Hans")));

        assertThat(text.get("progress.label", 3, 9, "X"))
                .contains("3")
                .contains("9")
                .contains("X");
        assertThat(text.get("deposit.bin", "4")).contains("4");
        assertThat(text.get("quote.validUntil", "14:05")).contains("14:05");
    }
}
