package org.cleartrade.core.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.cleartrade.ports.dock.Check;
import org.cleartrade.ports.dock.Check.Kind;
import org.cleartrade.ports.dock.Check.Verdict;
import org.cleartrade.ports.dock.InspectionReport;
import org.cleartrade.ports.dock.PhoneIdentity;
import org.cleartrade.ports.dock.Platform;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhoneVettingTest {

    @ParameterizedTest(name = "{0} with Find My {1} → {2}, cloud accounts {3}")
    @CsvSource({
        "IPHONE,  PASS,       NONE,             VERIFIED",
        "IPHONE,  FAIL,       FIND_MY_ON,       FAILED",
        "IPHONE,  UNVERIFIED, LOCK_UNVERIFIED,  UNVERIFIED",
        // An Android phone is judged by its accounts and FRP; Find My is not an Android check.
        "ANDROID, FAIL,       NONE,             VERIFIED"
    })
    void judgesEachPlatformByItsOwnAccountLock(
            Platform platform, Verdict findMy, String refusal, ChecklistItem.Tick cloudAccounts) {
        List<Check> checks = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            if (kind.appliesTo(platform)) {
                checks.add(new Check(kind, kind == Kind.FIND_MY_OFF ? findMy : Verdict.PASS, "read"));
            }
        }
        if (platform == Platform.ANDROID) {
            checks.add(new Check(Kind.FIND_MY_OFF, findMy, "a dock that should not say this"));
        }
        InspectionReport report = new InspectionReport(phone(platform), checks, OptionalInt.of(90));

        assertThat(PhoneVetting.refusal(report).map(Enum::name).orElse("NONE")).isEqualTo(refusal);
        assertThat(PhoneVetting.checklist(report))
                .filteredOn(item -> item.topic() == ChecklistItem.Topic.CLOUD_ACCOUNTS)
                .singleElement()
                .extracting(ChecklistItem::tick)
                .isEqualTo(cloudAccounts);
    }

    @ParameterizedTest(name = "an iPhone is not refused for the Android check {0} it cannot report")
    @CsvSource({"ACCOUNTS_SIGNED_OUT", "FACTORY_RESET_PROTECTION_OFF", "NOT_ROOTED"})
    void anIphoneIsNotRefusedForAndroidChecks(Kind androidOnly) {
        List<Check> checks = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            if (kind.appliesTo(Platform.IPHONE)) {
                checks.add(new Check(kind, Verdict.PASS, "read"));
            }
        }
        InspectionReport report = new InspectionReport(phone(Platform.IPHONE), checks, OptionalInt.empty());

        assertThat(androidOnly.appliesTo(Platform.IPHONE)).isFalse();
        assertThat(report.check(androidOnly)).isEmpty();
        assertThat(PhoneVetting.refusal(report)).isEmpty();
    }

    private static PhoneIdentity phone(Platform platform) {
        boolean iphone = platform == Platform.IPHONE;
        return new PhoneIdentity(
                iphone ? "Apple" : "Google",
                iphone ? "iPhone14,5" : "Pixel 8",
                iphone ? "iPhone 13" : "Pixel 8",
                128,
                "SERIAL0001",
                Optional.of("353910111234566"),
                platform.osName(),
                iphone ? "17.5.1" : "14",
                iphone ? "21F90" : "2024-05-05",
                Optional.empty());
    }
}
