package org.cleartrade.core.operator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OperatorCommandTest {

    private final InMemoryOperatorAccounts accounts = new InMemoryOperatorAccounts();
    private final Pbkdf2PinHasher hasher = new Pbkdf2PinHasher(1_000, new SecureRandom());
    private final Deque<String> typed = new ArrayDeque<>();
    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private final OperatorCommand command =
            new OperatorCommand(accounts, hasher, prompt -> typed.removeFirst().toCharArray());

    @Test
    void addsAnOperatorWithAHashedPinAskedTwice() {
        typed.add("482916");
        typed.add("482916");

        int exit = run("add", "--id", "ann", "--name", "Ann Lee", "--role", "technician");

        assertThat(exit).isZero();
        OperatorAccount ann = accounts.find("ann").orElseThrow();
        assertThat(ann.role()).isEqualTo(Role.TECHNICIAN);
        assertThat(hasher.matches("482916".toCharArray(), ann.pin())).isTrue();
        assertThat(output()).isEqualTo("saved ann (technician)\n").doesNotContain("482916");
    }

    @Test
    void pinsThatDifferSaveNothing() {
        typed.add("482916");
        typed.add("482917");

        assertThat(run("add", "--id", "ann", "--name", "Ann", "--role", "operator"))
                .isEqualTo(OperatorCommand.REFUSED);
        assertThat(accounts.find("ann")).isEmpty();
    }

    @Test
    void aShortPinIsRefused() {
        typed.add("1234");
        typed.add("1234");

        assertThat(run("add", "--id", "ann", "--name", "Ann", "--role", "operator"))
                .isEqualTo(OperatorCommand.REFUSED);
        assertThat(output()).contains("6 to 12 digits");
    }

    @Test
    void aPinOnTheCommandLineIsRefusedBeforeAnythingHappens() {
        assertThat(run("add", "--id", "ann", "--pin", "482916")).isEqualTo(OperatorCommand.USAGE);
        assertThat(output()).contains("never given on the command line");
    }

    @Test
    void unlockClearsALockout() {
        accounts.save(new OperatorAccount("ann", "Ann", Role.OPERATOR, hasher.hash("482916".toCharArray())));
        accounts.saveLoginState("ann", new LoginState(5, Optional.of(Instant.parse("2030-01-01T00:00:00Z"))));

        assertThat(run("unlock", "--id", "ann")).isZero();
        assertThat(accounts.loginState("ann")).isEqualTo(LoginState.CLEAN);
        assertThat(run("unlock", "--id", "bob")).isEqualTo(OperatorCommand.REFUSED);
    }

    @Test
    void anUnknownRoleIsAUsageError() {
        assertThat(run("add", "--id", "ann", "--name", "Ann", "--role", "admin"))
                .isEqualTo(OperatorCommand.USAGE);
    }

    private int run(String... args) {
        return command.run(args, new PrintStream(output, true, StandardCharsets.UTF_8));
    }

    private String output() {
        return output.toString(StandardCharsets.UTF_8);
    }
}
