package org.cleartrade.deviceio.dock;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalInt;
import org.cleartrade.ports.dock.Check.Kind;
import org.cleartrade.ports.dock.Check.Verdict;
import org.cleartrade.ports.dock.InspectionReport;
import org.cleartrade.ports.dock.PhoneIdentity;
import org.cleartrade.ports.dock.Platform;

/**
 * What inspecting each shipped iPhone scenario must find, shared by the in-process dock test and
 * the test through the fake usbmuxd. Every iPhone check not listed must pass, except the eSIM,
 * which an iPhone never reveals over USB.
 */
public record IphoneExpectations(
        String scenarioId,
        String productType,
        String marketName,
        int storageGb,
        String serial,
        String iosVersion,
        boolean secondImei,
        Map<Kind, Verdict> notPass,
        OptionalInt batteryPercent) {

    public static final IphoneExpectations IPHONE_13 =
            of("iphone-13-clean", "iPhone14,5", "iPhone 13", 128, "F9KQ2X7LMW", "17.5.1", true, Map.of(), 91);
    public static final IphoneExpectations FIND_MY = of(
            "iphone-14-pro-find-my",
            "iPhone15,2",
            "iPhone 14 Pro",
            256,
            "K3VN8R2TQY",
            "17.6.1",
            true,
            Map.of(Kind.FIND_MY_OFF, Verdict.FAIL),
            96);
    public static final IphoneExpectations LOCKED = of(
            "iphone-12-passcode-locked", "iPhone13,2", "iPhone 12", 64, "DX3FQ2LJ0F0N", "16.7.8", true, Map.of(), 89);
    public static final IphoneExpectations SIM = of(
            "iphone-16-sim-inserted",
            "iPhone17,3",
            "iPhone 16",
            128,
            "P2XK7M4N9D",
            "18.1",
            true,
            Map.of(Kind.SIM_REMOVED, Verdict.FAIL),
            99);
    public static final IphoneExpectations REFUSES_ERASE =
            of("iphone-15-erase-refused", "iPhone15,4", "iPhone 15", 128, "L7M2P9XQ4K", "18.1", true, Map.of(), 98);
    public static final IphoneExpectations NEVER_RETURNS =
            of("iphone-11-never-returns", "iPhone12,1", "iPhone 11", 128, "F2LZK0AKN72J", "17.5.1", true, Map.of(), 83);
    public static final IphoneExpectations SE = of(
            "iphone-se-returns-other",
            "iPhone14,6",
            "iPhone SE (3rd generation)",
            64,
            "G6T9W2H8VN",
            "17.5.1",
            false,
            Map.of(),
            83);

    public static IphoneExpectations[] all() {
        return new IphoneExpectations[] {IPHONE_13, FIND_MY, LOCKED, SIM, REFUSES_ERASE, NEVER_RETURNS, SE};
    }

    private static IphoneExpectations of(
            String id,
            String type,
            String name,
            int gb,
            String serial,
            String ios,
            boolean secondImei,
            Map<Kind, Verdict> notPass,
            int battery) {
        return new IphoneExpectations(id, type, name, gb, serial, ios, secondImei, notPass, OptionalInt.of(battery));
    }

    public void assertMatches(InspectionReport report) {
        PhoneIdentity id = report.identity();
        assertThat(id.manufacturer()).isEqualTo("Apple");
        assertThat(id.model()).isEqualTo(productType);
        assertThat(id.marketName()).isEqualTo(marketName);
        assertThat(id.storageGb()).isEqualTo(storageGb);
        assertThat(id.serial()).isEqualTo(serial);
        assertThat(id.osName()).isEqualTo("iOS");
        assertThat(id.osVersion()).isEqualTo(iosVersion);
        assertThat(id.imei()).hasValueSatisfying(imei -> assertThat(imei).matches("[0-9]{15}"));
        assertThat(id.secondImei().isPresent()).isEqualTo(secondImei);
        assertThat(report.batteryHealthPercent()).isEqualTo(batteryPercent);
        Map<Kind, Verdict> expected = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            if (kind.appliesTo(Platform.IPHONE)) {
                expected.put(
                        kind,
                        notPass.getOrDefault(kind, kind == Kind.ESIM_REMOVED ? Verdict.UNVERIFIED : Verdict.PASS));
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
