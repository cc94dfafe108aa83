package org.cleartrade.deviceio.dock.android;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Random;
import org.cleartrade.ports.dock.Check;
import org.cleartrade.ports.dock.InspectionReport;
import org.cleartrade.ports.dock.PhoneGoneException;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class AndroidInspectorTest {

    /** Answers every command with the same text. */
    private record ConstantShell(ShellResult answer, List<String> sent) implements PhoneShell {
        ConstantShell(ShellResult answer) {
            this(answer, new ArrayList<>());
        }

        @Override
        public ShellResult run(String command) {
            sent.add(command);
            return answer;
        }

        @Override
        public ShellResult run(String command, byte[] stdin) {
            return run(command);
        }
    }

    @RepeatedTest(20)
    void garbageInEveryOutputGivesOnlyUnverifiedChecksAndNoCrash() {
        byte[] noise = new byte[512];
        new Random().nextBytes(noise);
        ConstantShell shell = new ConstantShell(ShellResult.of(0, new String(noise, StandardCharsets.ISO_8859_1), ""));

        InspectionReport report = new AndroidInspector(shell).inspect();

        assertThat(report.checks()).hasSize((int) java.util.Arrays.stream(Check.Kind.values())
                .filter(k -> k.appliesTo(org.cleartrade.ports.dock.Platform.ANDROID))
                .count());
        assertThat(report.checks())
                .allSatisfy(c -> assertThat(c.verdict()).as(c.toString()).isEqualTo(Check.Verdict.UNVERIFIED));
        assertThat(report.identity().serial()).isEmpty();
        assertThat(report.identity().storageGb()).isZero();
        assertThat(report.identity().imei()).isEmpty();
        assertThat(report.batteryHealthPercent()).isEmpty();
    }

    @Test
    void aShellWithoutExitCodesAndNoAnswersEarnsNoTick() {
        ConstantShell shell = new ConstantShell(new ShellResult(OptionalInt.empty(), "", ""));
        InspectionReport report = new AndroidInspector(shell).inspect();
        assertThat(report.checks()).noneMatch(c -> c.verdict() == Check.Verdict.PASS);
    }

    @Test
    void inspectionSendsEachCommandOnce() {
        ConstantShell shell = new ConstantShell(ShellResult.of(0, "", ""));
        new AndroidInspector(shell).inspect();
        assertThat(shell.sent())
                .doesNotHaveDuplicates()
                .contains(AndroidCommands.GETPROP, AndroidCommands.ACCOUNTS, AndroidCommands.OWNERS);
    }

    @Test
    void aPhoneGoingAwayPassesThrough() {
        PhoneShell gone = new PhoneShell() {
            @Override
            public ShellResult run(String command) {
                throw new PhoneGoneException("unplugged");
            }

            @Override
            public ShellResult run(String command, byte[] stdin) {
                return run(command);
            }
        };
        assertThatThrownBy(() -> new AndroidInspector(gone).inspect()).isInstanceOf(PhoneGoneException.class);
    }
}
