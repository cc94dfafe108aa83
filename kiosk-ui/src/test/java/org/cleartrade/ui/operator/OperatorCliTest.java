package org.cleartrade.ui.operator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import org.cleartrade.core.operator.LoginState;
import org.cleartrade.core.operator.Pbkdf2PinHasher;
import org.cleartrade.core.operator.Role;
import org.cleartrade.ledger.h2.H2Ledger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OperatorCliTest {

    @TempDir
    Path data;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return OperatorCli.run(
                args,
                null,
                data,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void addingStaffWithoutATerminalIsRefusedWithAClearMessage() {
        int code = run("add", "--id", "ann", "--name", "Ann", "--role", "operator");

        assertThat(code).isEqualTo(OperatorCli.NO_TERMINAL);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("needs a terminal");
    }

    @Test
    void unlockNeedsNoPinAndClearsALockout() {
        try (H2Ledger ledger = H2Ledger.open(data.resolve("ledger"), Clock.systemUTC())) {
            DemoOperators.seed(
                    ledger,
                    new Pbkdf2PinHasher(1_000, new SecureRandom()),
                    data.resolve("demo.properties"),
                    new SecureRandom());
            ledger.saveLoginState(
                    "demo-operator",
                    new LoginState(
                            5, java.util.Optional.of(java.time.Instant.now().plusSeconds(600))));
        }

        int code = run("unlock", "--id", "demo-operator");

        assertThat(code).isZero();
        try (H2Ledger ledger = H2Ledger.open(data.resolve("ledger"), Clock.systemUTC())) {
            assertThat(ledger.loginState("demo-operator")).isEqualTo(LoginState.CLEAN);
        }
    }

    @Test
    void aLedgerThatCannotBeOpenedIsReportedNotCrashedOn() throws Exception {
        java.nio.file.Files.writeString(data.resolve("ledger"), "not a folder");

        int code = run("unlock", "--id", "ann");

        assertThat(code).isEqualTo(OperatorCli.LEDGER_UNAVAILABLE);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("cannot open the kiosk ledger: ");
    }

    @Test
    void demoStaffAreSeededOnceWithRandomPinsKeptOwnerOnly() throws Exception {
        Path file = data.resolve("demo-operators.properties");
        Pbkdf2PinHasher hasher = new Pbkdf2PinHasher(1_000, new SecureRandom());
        try (H2Ledger ledger = H2Ledger.open(data.resolve("ledger"), Clock.systemUTC())) {
            List<DemoOperators.Credential> first = DemoOperators.seed(ledger, hasher, file, new SecureRandom());
            List<DemoOperators.Credential> again = DemoOperators.seed(ledger, hasher, file, new SecureRandom());

            assertThat(again).isEqualTo(first);
            assertThat(first)
                    .extracting(DemoOperators.Credential::role)
                    .containsExactly(Role.OPERATOR, Role.TECHNICIAN);
            for (DemoOperators.Credential c : first) {
                assertThat(c.pin()).matches("[0-9]{6}");
                assertThat(hasher.matches(
                                c.pin().toCharArray(),
                                ledger.find(c.operatorId()).orElseThrow().pin()))
                        .isTrue();
            }
            assertThat(java.nio.file.Files.getPosixFilePermissions(file))
                    .containsExactlyInAnyOrder(
                            java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                            java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
        }
    }
}
