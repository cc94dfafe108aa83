package org.cleartrade.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.cleartrade.core.certificate.Ed25519Pem;
import org.cleartrade.core.certificate.FileKioskKeyStore;
import org.cleartrade.core.operator.Role;
import org.cleartrade.ledger.h2.H2Ledger;
import org.cleartrade.ui.config.KioskConfig;
import org.cleartrade.ui.config.KioskConfigParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SetupCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void makesTheKeyAddsTheFirstTechnicianAndPassesTheSelfTest() throws Exception {
        KioskConfig config = demo();

        int status = setup(config, answers("1234567", "1234567"), "--staff-id", "ann", "--staff-name", "Ann Lee");

        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(status).as(text + err).isZero();
        String keyId =
                Files.readString(config.dataDir().resolve("keys/current")).strip();
        assertThat(text)
                .contains("signing key  created")
                .contains("key id       " + keyId)
                .contains("fingerprint  SHA256:")
                .contains("-----BEGIN PUBLIC KEY-----")
                .contains("saved ann (technician)")
                .contains("self-test    printer  PASS")
                .contains("self-test    bin 4    PASS")
                .contains("setup done: every device passed");
        try (H2Ledger ledger = H2Ledger.open(config.dataDir().resolve("ledger"), Clock.systemUTC())) {
            assertThat(ledger.find("ann"))
                    .hasValueSatisfying(a -> assertThat(a.role()).isEqualTo(Role.TECHNICIAN));
            assertThat(ledger.openSessions()).isEmpty();
            assertThat(ledger.verifyAuditChain().intact()).isTrue();
        }
    }

    @Test
    void aSecondRunKeepsTheKeyAndTheStaffMember() {
        KioskConfig config = demo();
        setup(config, answers("1234567", "1234567"), "--staff-id", "ann", "--staff-name", "Ann Lee");
        out.reset();

        int status = setup(config, answers(), "--staff-id", "ann", "--staff-name", "Ann Lee");

        assertThat(status).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("signing key  found")
                .contains("staff        ann exists; kept as it is");
    }

    @Test
    void refusesWithoutATerminalUnlessToldToSkipStaff() {
        KioskConfig config = demo();

        assertThat(setup(config, noTerminal())).isEqualTo(SetupCommand.NO_TERMINAL);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("run it on a terminal");
        assertThat(setup(config, noTerminal(), "--no-staff")).isZero();
    }

    @Test
    void pinsThatDifferSaveNobody() {
        KioskConfig config = demo();

        int status = setup(config, answers("1234567", "7654321"), "--staff-id", "ann", "--staff-name", "Ann");

        assertThat(status).isNotZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("the two PINs differ");
    }

    @Test
    void keysExportWritesEveryPublicKeyRetiredOnesIncluded() throws Exception {
        KioskConfig config = demo();
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        KeysCommand.run(new String[] {"export"}, config.dataDir(), o, e);
        String first =
                Files.readString(config.dataDir().resolve("keys/current")).strip();

        assertThat(KeysCommand.run(new String[] {"rotate"}, config.dataDir(), o, e))
                .isZero();
        Path published = dir.resolve("published");
        assertThat(KeysCommand.run(new String[] {"export", "--dir", published.toString()}, config.dataDir(), o, e))
                .isZero();

        String second =
                Files.readString(config.dataDir().resolve("keys/current")).strip();
        assertThat(second).isNotEqualTo(first);
        assertThat(published.resolve(first + ".pem")).exists();
        assertThat(published.resolve(second + ".pem")).exists();
        FileKioskKeyStore store = FileKioskKeyStore.open(config.dataDir(), new java.security.SecureRandom());
        assertThat(Ed25519Pem.keyId(Ed25519Pem.readPublicKey(Files.readString(published.resolve(first + ".pem")))))
                .isEqualTo(first);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("retired key  " + first)
                .contains("fingerprint  " + KeysCommand.fingerprint(store.publicKey()));
        assertThat(KeysCommand.run(new String[] {"burn"}, config.dataDir(), o, e))
                .isEqualTo(Launcher.USAGE);
    }

    @Test
    void withAFleetConfiguredItSaysWhetherTheKioskIsEnrolledAndStopsWhenEnrolmentFails() throws Exception {
        int closedPort;
        try (java.net.ServerSocket probe = new java.net.ServerSocket(0)) {
            closedPort = probe.getLocalPort();
        }
        Properties p = new Properties();
        p.setProperty("kiosk.dataDir", dir.resolve("data").toString());
        p.setProperty("backoffice.url", "http://127.0.0.1:" + closedPort + "/");
        p.setProperty("backoffice.kiosk-id", "MALL-07");
        p.setProperty("backoffice.fleet-public-key", "MCowBQYDK2VwAyEARl7Xl1qoKu9btfvvXRhb+2ZinuSalbUEhoNSYvwsnwo=");
        p.setProperty("backoffice.state-dir", dir.resolve("fleet").toString());
        KioskConfig config = new KioskConfigParser(Map.of(), dir).parse(p);

        assertThat(setup(config, noTerminal(), "--no-staff")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("NOT enrolled; run setup again with --enrol-code CODE")
                .contains("fleet enrolment-code --kiosk MALL-07");

        assertThat(setup(config, noTerminal(), "--no-staff", "--enrol-code", "ABCD-EFGH"))
                .isEqualTo(SetupCommand.ENROLMENT_FAILED);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("cannot reach the fleet at http://127.0.0.1:");
        assertThat(setup(demo(), noTerminal(), "--no-staff", "--enrol-code", "ABCD-EFGH"))
                .isEqualTo(SetupCommand.ENROLMENT_FAILED);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--enrol-code needs the fleet service");
    }

    private int setup(KioskConfig config, SetupCommand.Prompt prompt, String... args) {
        return new SetupCommand(config, prompt, Clock.systemUTC(), new PrintStream(out, true, StandardCharsets.UTF_8))
                .run(args, new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private KioskConfig demo() {
        Properties p = new Properties();
        p.setProperty("kiosk.dataDir", dir.resolve("data").toString());
        return new KioskConfigParser(Map.of(), dir).parse(p);
    }

    private static SetupCommand.Prompt answers(String... secrets) {
        Deque<String> queue = new ArrayDeque<>(List.of(secrets));
        return new SetupCommand.Prompt() {
            @Override
            public boolean available() {
                return true;
            }

            @Override
            public String line(String prompt) {
                throw new AssertionError("unexpected question: " + prompt);
            }

            @Override
            public char[] secret(String prompt) {
                return queue.removeFirst().toCharArray();
            }
        };
    }

    private static SetupCommand.Prompt noTerminal() {
        return new SetupCommand.Prompt() {
            @Override
            public boolean available() {
                return false;
            }

            @Override
            public String line(String prompt) {
                throw new AssertionError("no terminal");
            }

            @Override
            public char[] secret(String prompt) {
                throw new AssertionError("no terminal");
            }
        };
    }
}
