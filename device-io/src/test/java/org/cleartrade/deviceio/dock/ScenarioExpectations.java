package org.cleartrade.deviceio.dock;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.cleartrade.ports.dock.Check.Kind;
import org.cleartrade.ports.dock.Check.Verdict;
import org.cleartrade.ports.dock.InspectionReport;
import org.cleartrade.ports.dock.Platform;

/**
 * What inspecting each shipped phone scenario must find, shared by the simulated-dock test and
 * the adb test through the real adb server.
 */
public record ScenarioExpectations(
        String scenarioId,
        String model,
        int storageGb,
        Optional<String> imei,
        Map<Kind, Verdict> notPass,
        OptionalInt batteryPercent) {

    public static final ScenarioExpectations PIXEL_8 =
            of("pixel-8-clean", "Pixel 8", 128, Map.of(), OptionalInt.of(94));
    public static final ScenarioExpectations GALAXY_FRP = of(
            "galaxy-s23-frp",
            "SM-S911B",
            256,
            Map.of(Kind.ACCOUNTS_SIGNED_OUT, Verdict.FAIL, Kind.FACTORY_RESET_PROTECTION_OFF, Verdict.FAIL),
            OptionalInt.of(94));
    public static final ScenarioExpectations GALAXY_SIM =
            of("galaxy-a54-sim", "SM-A546B", 128, Map.of(Kind.SIM_REMOVED, Verdict.FAIL), OptionalInt.of(94));
    public static final ScenarioExpectations ONEPLUS_ROOTED = of(
            "oneplus-9-rooted",
            "LE2113",
            128,
            Map.of(
                    Kind.NOT_ROOTED,
                    Verdict.FAIL,
                    Kind.BOOTLOADER_LOCKED,
                    Verdict.FAIL,
                    Kind.VERIFIED_BOOT,
                    Verdict.FAIL),
            OptionalInt.of(94));
    public static final ScenarioExpectations PIXEL_6A_BATTERY =
            of("pixel-6a-worn-battery", "Pixel 6a", 128, Map.of(Kind.BATTERY_HEALTH, Verdict.FAIL), OptionalInt.of(71));
    public static final ScenarioExpectations XPERIA_MDM =
            of("xperia-10-v-mdm", "XQ-DC54", 128, Map.of(Kind.NO_DEVICE_OWNER, Verdict.FAIL), OptionalInt.of(94));
    public static final ScenarioExpectations FAIRPHONE_SD =
            of("fairphone-5-sdcard", "FP5", 128, Map.of(Kind.SD_CARD_REMOVED, Verdict.FAIL), OptionalInt.of(94));
    public static final ScenarioExpectations NOKIA =
            of("nokia-g21-clean", "Nokia G21", 64, Map.of(), OptionalInt.of(94));
    public static final ScenarioExpectations MOTO_IMEI = new ScenarioExpectations(
            "moto-g7-imei",
            "moto g(7)",
            64,
            Optional.of("356938035643809"),
            Map.of(Kind.ESIM_REMOVED, Verdict.UNVERIFIED),
            OptionalInt.of(94));

    /** Android 14: the shell sees no IMEI; only the helper, as device owner, reads it. */
    public static final ScenarioExpectations GALAXY_IMEI_HIDDEN =
            of("galaxy-a35-imei-hidden", "SM-A356B", 128, Map.of(), OptionalInt.of(94));

    public static final ScenarioExpectations NOKIA_UNENCRYPTED = new ScenarioExpectations(
            "nokia-1-unencrypted",
            "Nokia 1",
            8,
            Optional.of("358742109876545"),
            Map.of(Kind.STORAGE_ENCRYPTED, Verdict.FAIL, Kind.ESIM_REMOVED, Verdict.UNVERIFIED),
            OptionalInt.of(94));
    public static final ScenarioExpectations REDMI_WIPE_HELD = new ScenarioExpectations(
            "redmi-note-8-pro-wipe-held",
            "Redmi Note 8 Pro",
            128,
            Optional.of("864123051234560"),
            Map.of(Kind.ESIM_REMOVED, Verdict.UNVERIFIED),
            OptionalInt.of(94));

    public static ScenarioExpectations[] all() {
        return new ScenarioExpectations[] {
            PIXEL_8,
            GALAXY_FRP,
            GALAXY_SIM,
            ONEPLUS_ROOTED,
            PIXEL_6A_BATTERY,
            XPERIA_MDM,
            FAIRPHONE_SD,
            NOKIA,
            MOTO_IMEI,
            GALAXY_IMEI_HIDDEN,
            NOKIA_UNENCRYPTED,
            REDMI_WIPE_HELD
        };
    }

    private static ScenarioExpectations of(
            String id, String model, int gb, Map<Kind, Verdict> notPass, OptionalInt battery) {
        return new ScenarioExpectations(id, model, gb, Optional.empty(), notPass, battery);
    }

    /** Every check not listed must pass; every listed one must have the listed verdict. */
    public void assertMatches(InspectionReport report) {
        assertThat(report.identity().model()).isEqualTo(model);
        assertThat(report.identity().storageGb()).isEqualTo(storageGb);
        assertThat(report.identity().imei()).isEqualTo(imei);
        assertThat(report.identity().serial()).isNotBlank();
        assertThat(report.batteryHealthPercent()).isEqualTo(batteryPercent);
        Map<Kind, Verdict> expected = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            if (kind.appliesTo(Platform.ANDROID)) {
                expected.put(kind, notPass.getOrDefault(kind, Verdict.PASS));
            }
        }
        Map<Kind, Verdict> actual = new EnumMap<>(Kind.class);
        report.checks().forEach(c -> actual.put(c.kind(), c.verdict()));
        assertThat(actual).as(scenarioId + " " + report.checks()).isEqualTo(expected);
    }

    @Override
    public String toString() {
        return scenarioId;
    }
}
