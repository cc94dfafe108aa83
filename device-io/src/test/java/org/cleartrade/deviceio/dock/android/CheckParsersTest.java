package org.cleartrade.deviceio.dock.android;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.cleartrade.ports.dock.Check;
import org.cleartrade.ports.dock.Check.Verdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Real-looking and garbage command outputs and the verdict each must give. */
class CheckParsersTest {

    private static String lines(String csv) {
        return csv == null ? "" : csv.replace("\\n", "\n").replace("\\t", "\t");
    }

    private static ShellResult out(int exit, String text) {
        return ShellResult.of(exit, lines(text), "");
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "PASS       | Accounts: 0\\n\\nAccountManagerService:",
                "FAIL       | User UserInfo{0:Owner:c13}:\\n  Accounts: 1\\n    Account {name=a@gmail.com, type=com.google}",
                "FAIL       | Accounts: 0\\nUser 10:\\n  Accounts: 2",
                "FAIL       | Accounts: 0\\n    Account {name=x, type=com.whatsapp}",
                "UNVERIFIED | Can't find service: account",
                "UNVERIFIED | Accounts: lots",
                "UNVERIFIED | ",
            })
    void accounts(Verdict verdict, String output) {
        Check check = AccountList.accountsCheck(AccountList.parse(lines(output)));
        assertThat(check.verdict()).as(check.detail()).isEqualTo(verdict);
        assertThat(check.detail()).doesNotContain("@");
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "PASS       | Accounts: 0",
                "PASS       | Accounts: 1\\n  Account {name=seller@samsung.com, type=com.osp.app.signin}",
                "FAIL       | Accounts: 1\\n  Account {name=a@gmail.com, type=com.google}",
                "UNVERIFIED | permission denied",
            })
    void factoryResetProtection(Verdict verdict, String output) {
        Check check = AccountList.frpCheck(
                AccountList.parse(lines(output)), SystemProperties.parse("[ro.frp.pst]: [/dev/frp]"));
        assertThat(check.verdict()).as(check.detail()).isEqualTo(verdict);
    }

    @ParameterizedTest(name = "[{index}] {0} {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "PASS       | 94 | health: 2\\n  level: 81\\n  scale: 100 | 4310000\\n4575000",
                "PASS       |    | health: 2\\n  level: 81\\n  scale: 100 | cat: /sys/class/power_supply/battery/charge_full: No such file",
                "FAIL       | 71 | health: 2\\n  level: 50\\n  scale: 100 | 3130000\\n4410000",
                "FAIL       |    | health: 4\\n  level: 5\\n  scale: 100 | ",
                "FAIL       |    | health: 3 | ",
                "UNVERIFIED |    | health: 1\\n  level: 80 | ",
                "UNVERIFIED |    | Can't find service: battery | ",
                "UNVERIFIED |    | health: 99999999999999 | ",
                "PASS       |    | health: 2 | 0\\n4410000",
                "PASS       |    | health: 2 | 9999999999\\n4410000",
                "PASS       |    | health: 2 | 4410000",
            })
    void battery(Verdict verdict, Integer percent, String dumpsys, String capacity) {
        BatteryState state = BatteryState.parse(lines(dumpsys), lines(capacity));
        assertThat(state.check().verdict()).as(state.check().detail()).isEqualTo(verdict);
        assertThat(state.healthPercent()).isEqualTo(percent == null ? OptionalInt.empty() : OptionalInt.of(percent));
    }

    @ParameterizedTest(name = "[{index}] {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "PASS       | 0   | no owners",
                "FAIL       | 0   | 1 owner:\\nUser  0: admin=com.example.mdm/.AdminReceiver,DeviceOwner",
                "FAIL       | 0   | 1 owner:\\nUser 10: admin=com.work/.Admin,ProfileOwner",
                "UNVERIFIED | 255 | Unknown command: list-owners",
                "UNVERIFIED | 0   | \\u0000\\u0001",
                "UNVERIFIED | 1   | no owners",
            })
    void deviceOwner(Verdict verdict, int exit, String output) {
        assertThat(OwnerList.check(out(exit, output)).verdict()).isEqualTo(verdict);
    }

    @ParameterizedTest(name = "[{index}] {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "PASS       | 0   | private mounted null\\nemulated;0 mounted null",
                "FAIL       | 0   | private mounted null\\nemulated;0 mounted null\\npublic:179,1 mounted 3A1F-0C2B",
                "FAIL       | 0   | private mounted null\\nprivate:179,3 mounted 1234-5678-abcd",
                "PASS       | 0   | emulated;0 mounted null\\npublic:179,1 removed null",
                "UNVERIFIED | 0   | Error: java.lang.SecurityException",
                "UNVERIFIED | 255 | private mounted null",
                "UNVERIFIED | 0   | ",
            })
    void memoryCard(Verdict verdict, int exit, String output) {
        assertThat(VolumeList.check(out(exit, output)).verdict()).isEqualTo(verdict);
    }

    @ParameterizedTest(name = "[{index}] {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "PASS       | 0 | All subscriptions:\\n  Embedded subscriptions: []",
                "PASS       | 0 | All subscriptions:\\n    [SubscriptionInfoInternal: id=1 simSlotIndex=0 isEmbedded=0 carrierId=1]",
                "FAIL       | 0 | All subscriptions:\\n    [SubscriptionInfoInternal: id=2 simSlotIndex=1 isEmbedded=1 carrierId=1]",
                "UNVERIFIED | 0 | Can't find service: isub",
                "UNVERIFIED | 0 | garbage isEmbedded=1",
            })
    void esim(Verdict verdict, int exit, String output) {
        assertThat(SubscriptionList.check(out(exit, output)).verdict()).isEqualTo(verdict);
    }

    @ParameterizedTest(name = "[{index}] sim {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "PASS       | ABSENT",
                "PASS       | ABSENT,ABSENT",
                "FAIL       | READY",
                "FAIL       | ABSENT,LOADED",
                "FAIL       | PIN_REQUIRED",
                "UNVERIFIED | NOT_READY",
                "UNVERIFIED | UNKNOWN",
                "UNVERIFIED | ",
            })
    void sim(Verdict verdict, String state) {
        String props = state == null ? "" : "[gsm.sim.state]: [" + state + "]";
        assertThat(PropertyChecks.sim(SystemProperties.parse(props)).verdict()).isEqualTo(verdict);
    }

    @ParameterizedTest(name = "[{index}] {1}/{2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "PASS       | encrypted   | file",
                "PASS       | encrypted   | block",
                "FAIL       | unencrypted | ",
                "UNVERIFIED | encrypted   | ",
                "UNVERIFIED |             | file",
                "UNVERIFIED | weird       | weird",
            })
    void encryption(Verdict verdict, String state, String type) {
        String props = (state == null ? "" : "[ro.crypto.state]: [" + state + "]\n")
                + (type == null ? "" : "[ro.crypto.type]: [" + type + "]");
        assertThat(PropertyChecks.encryption(SystemProperties.parse(props)).verdict())
                .isEqualTo(verdict);
    }

    @ParameterizedTest(name = "[{index}] secure={1} debuggable={2} tags={3} su={4}/{5}")
    @CsvSource(
            delimiter = '|',
            value = {
                "PASS       | 1 | 0 | release-keys | 1  | ",
                "PASS       | 1 | 0 | release-keys |    | ",
                "FAIL       | 1 | 0 | release-keys | 0  | /system/bin/su",
                "FAIL       | 1 | 0 | release-keys |    | /sbin/su",
                "FAIL       | 0 | 0 | release-keys | 1  | ",
                "FAIL       | 1 | 1 | release-keys | 1  | ",
                "FAIL       | 1 | 0 | test-keys    | 1  | ",
                "UNVERIFIED | 1 | 0 | release-keys | 127 | ",
                "UNVERIFIED | 1 | 0 | release-keys |    | sh: which: not found",
                "UNVERIFIED |   | 0 | release-keys | 1  | ",
                "UNVERIFIED | 1 |   | release-keys | 1  | ",
            })
    void root(Verdict verdict, String secure, String debuggable, String tags, Integer exit, String suOut) {
        String props = (secure == null ? "" : "[ro.secure]: [" + secure + "]\n")
                + (debuggable == null ? "" : "[ro.debuggable]: [" + debuggable + "]\n")
                + "[ro.build.tags]: [" + tags + "]\n";
        ShellResult su = exit == null
                ? new ShellResult(OptionalInt.empty(), lines(suOut), "")
                : ShellResult.of(exit, lines(suOut), "");
        assertThat(PropertyChecks.root(SystemProperties.parse(props), su).verdict())
                .isEqualTo(verdict);
    }

    @ParameterizedTest(name = "[{index}] flash.locked={1} device_state={2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "PASS       | 1 | locked",
                "PASS       |   | locked",
                "PASS       | 1 | ",
                "FAIL       | 0 | unlocked",
                "FAIL       | 1 | unlocked",
                "FAIL       | 0 | ",
                "UNVERIFIED |   | ",
                "UNVERIFIED | x | y",
            })
    void bootloader(Verdict verdict, String flashLocked, String deviceState) {
        String props = (flashLocked == null ? "" : "[ro.boot.flash.locked]: [" + flashLocked + "]\n")
                + (deviceState == null ? "" : "[ro.boot.vbmeta.device_state]: [" + deviceState + "]\n");
        assertThat(PropertyChecks.bootloader(SystemProperties.parse(props)).verdict())
                .isEqualTo(verdict);
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "PASS       | green",
                "FAIL       | yellow",
                "FAIL       | orange",
                "FAIL       | red",
                "UNVERIFIED | purple",
                "UNVERIFIED | ",
            })
    void verifiedBoot(Verdict verdict, String state) {
        String props = state == null ? "" : "[ro.boot.verifiedbootstate]: [" + state + "]";
        assertThat(PropertyChecks.verifiedBoot(SystemProperties.parse(props)).verdict())
                .isEqualTo(verdict);
    }
}
