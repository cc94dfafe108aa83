package org.cleartrade.deviceio.dock.ios;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.OptionalLong;
import org.cleartrade.ports.dock.Check;
import org.cleartrade.ports.dock.Check.Kind;
import org.cleartrade.ports.dock.Check.Verdict;
import org.cleartrade.ports.dock.InspectionReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How lockdown's values become checks: each reading, and what an unreadable one becomes. */
class IphoneInspectorTest {

    @ParameterizedTest
    @CsvSource({
        "kCTSIMSupportSIMTrayInsertedWithSIM, kCTSIMSupportSIMStatusReady,       FAIL",
        "kCTSIMSupportSIMTrayInsertedNoSIM,   kCTSIMSupportSIMStatusNotInserted, PASS",
        "kCTSIMSupportSIMTrayAbsent,          kCTSIMSupportSIMStatusNotInserted, PASS",
        "kCTSIMSupportSIMTrayStatusUnknown,   kCTSIMSupportSIMStatusPINLocked,   FAIL",
        "kCTSIMSupportSIMTrayStatusUnknown,   '',                                UNVERIFIED",
    })
    void theSimCheckReadsTrayAndStatus(String tray, String status, Verdict expected) {
        PlistMessage values = PlistMessage.of("SIMTrayStatus", tray, "SIMStatus", status.isEmpty() ? null : status);
        assertThat(IphoneInspector.sim(values).verdict()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "Activated,   false, PASS",
        "Activated,   true,  FAIL",
        "Unactivated, false, UNVERIFIED",
    })
    void findMyIsReadOnlyFromAnActivatedPhone(String activation, boolean associated, Verdict expected) {
        IphoneFacts facts =
                facts(PlistMessage.of("ActivationState", activation), PlistMessage.of("IsAssociated", associated));
        assertThat(IphoneInspector.findMy(facts).verdict()).isEqualTo(expected);
    }

    @Test
    void anUnreadableFindMyIsUnverifiedNeverAPass() {
        Check check = IphoneInspector.findMy(facts(PlistMessage.of("ActivationState", "Activated"), PlistMessage.of()));
        assertThat(check.verdict()).isEqualTo(Verdict.UNVERIFIED);
    }

    @ParameterizedTest
    @CsvSource({
        "127989493760, 128",
        "63994761216,  64",
        "255937544192, 256",
        "511000000000, 512",
        "1023000000000, 1024",
        "0,            0",
    })
    void capacityIsRoundedToTheMarketedSize(long bytes, int gb) {
        assertThat(IphoneInspector.storageGb(OptionalLong.of(bytes))).isEqualTo(gb);
    }

    @ParameterizedTest
    @CsvSource({"2923, 3227, 91", "2400, 3227, 74", "5000, 3227, -1", "0, 3227, -1"})
    void batteryHealthIsNominalOverDesignCapacity(long nominal, long design, int percent) {
        Optional<PlistMessage> power =
                Optional.of(PlistMessage.of("NominalChargeCapacity", nominal, "DesignCapacity", design));
        assertThat(IphoneInspector.batteryHealth(power).orElse(-1)).isEqualTo(percent);
    }

    @Test
    void aWornBatteryFailsAndNoBatteryEntryIsUnverified() {
        InspectionReport worn = IphoneInspector.report(new IphoneFacts(
                PlistMessage.of("ActivationState", "Activated"),
                PlistMessage.of(),
                PlistMessage.of("IsAssociated", false),
                Optional.of(PlistMessage.of("NominalChargeCapacity", 2400, "DesignCapacity", 3227)),
                Optional.empty()));
        InspectionReport none = IphoneInspector.report(facts(PlistMessage.of(), PlistMessage.of()));

        assertThat(worn.check(Kind.BATTERY_HEALTH).orElseThrow().verdict()).isEqualTo(Verdict.FAIL);
        assertThat(none.check(Kind.BATTERY_HEALTH).orElseThrow().verdict()).isEqualTo(Verdict.UNVERIFIED);
        assertThat(none.batteryHealthPercent()).isEmpty();
    }

    @Test
    void aSupervisedPhoneFailsTheOwnerCheckAndAnUnreadableOneIsUnverified() {
        assertThat(IphoneInspector.supervision(
                                Optional.of(PlistMessage.of("IsSupervised", true, "OrganizationName", "Acme")))
                        .detail())
                .contains("Acme");
        assertThat(IphoneInspector.supervision(Optional.of(PlistMessage.of("IsSupervised", true)))
                        .verdict())
                .isEqualTo(Verdict.FAIL);
        assertThat(IphoneInspector.supervision(Optional.empty()).verdict()).isEqualTo(Verdict.UNVERIFIED);
    }

    @Test
    void theIdentityNamesTheModelAsThePriceBookDoesAndKeepsBothImeis() {
        var identity = IphoneInspector.identity(new IphoneFacts(
                PlistMessage.of(
                        "ProductType", "iPhone14,5",
                        "SerialNumber", "F9KQ2X7LMW",
                        "InternationalMobileEquipmentIdentity", "353910111234562",
                        "InternationalMobileEquipmentIdentity2", "353910119876546",
                        "ProductVersion", "17.5.1",
                        "BuildVersion", "21F90"),
                PlistMessage.of("TotalDiskCapacity", 127989493760L),
                PlistMessage.of(),
                Optional.empty(),
                Optional.empty()));

        assertThat(identity.manufacturer()).isEqualTo("Apple");
        assertThat(identity.model()).isEqualTo("iPhone14,5");
        assertThat(identity.marketName()).isEqualTo("iPhone 13");
        assertThat(identity.imei()).contains("353910111234562");
        assertThat(identity.secondImei()).contains("353910119876546");
        assertThat(identity.osName()).isEqualTo("iOS");
        assertThat(identity.securityPatch()).isEqualTo("21F90");
    }

    @Test
    void anUnknownProductTypeIsShownAsItIs() {
        var identity = IphoneInspector.identity(facts(PlistMessage.of("ProductType", "iPhone99,1"), PlistMessage.of()));
        assertThat(identity.marketName()).isEqualTo("iPhone99,1");
    }

    private static IphoneFacts facts(PlistMessage values, PlistMessage findMy) {
        return new IphoneFacts(values, PlistMessage.of(), findMy, Optional.empty(), Optional.empty());
    }
}
