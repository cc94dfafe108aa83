package org.cleartrade.serial.latch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An independent Modbus master, Debian's {@code mbpoll}, reads and writes the registers that
 * docs/protocols/latch-modbus.md documents, on the firmware running in simavr.
 */
class LatchRegisterMapMbpollTest {
    private static final Pattern VALUE = Pattern.compile("^\\[(\\d+)\\]:\\s+(-?\\d+)");

    @TempDir
    Path dir;

    private LatchSimulatorProcess controller;

    @BeforeEach
    void start() throws Exception {
        controller = LatchSimulatorProcess.start(dir.resolve("latch-tty"));
    }

    @AfterEach
    void stop() {
        controller.close();
    }

    @Test
    void readsTheControllerInfoRegisters() throws Exception {
        Map<Integer, Integer> info = mbpoll("-t", "3", "-r", "48", "-c", "6");
        assertThat(info).containsEntry(48, 0x0101).containsEntry(49, 4).containsKeys(50, 51, 52, 53);
    }

    @Test
    void readsEveryBinLockedAndClosedAtPowerOn() throws Exception {
        assertThat(mbpoll("-t", "3", "-r", "0", "-c", "4").values()).containsOnly(0x23);
        assertThat(mbpoll("-t", "0", "-r", "0", "-c", "4").values()).containsOnly(1);
        assertThat(mbpoll("-t", "1", "-r", "0", "-c", "7").values()).containsExactly(1, 1, 0, 0, 0, 1, 0);
        assertThat(mbpoll("-t", "3", "-r", "16", "-c", "4").values()).containsOnly(1000);
    }

    @Test
    void readsAndWritesTheCalibrationAndTimingRegisters() throws Exception {
        assertThat(mbpoll("-t", "4", "-r", "0", "-c", "2")).containsEntry(0, 30).containsEntry(1, 800);
        assertThat(mbpoll("-t", "4", "-r", "32", "-c", "4").values()).containsOnly(2000);

        mbpollWrite("-t", "4", "-r", "16", "1100");

        assertThat(mbpoll("-t", "4", "-r", "16", "-c", "1")).containsEntry(16, 1100);
        assertThat(mbpoll("-t", "3", "-r", "16", "-c", "1")).containsEntry(16, 1100);
    }

    @Test
    void unlocksABinWithACoilWriteAndMovesItsServo() throws Exception {
        mbpollWrite("-t", "0", "-r", "0", "0");

        assertThat(mbpoll("-t", "0", "-r", "0", "-c", "1")).containsEntry(0, 0);
        assertThat(mbpoll("-t", "3", "-r", "16", "-c", "1")).containsEntry(16, 2000);
    }

    @Test
    void answersAnIllegalAddressWithAnException() throws Exception {
        String out = run(List.of("-t", "3", "-r", "100", "-c", "1"));
        assertThat(out).containsIgnoringCase("illegal data address");
    }

    private Map<Integer, Integer> mbpoll(String... args) throws Exception {
        String out = run(List.of(args));
        Map<Integer, Integer> values = new TreeMap<>();
        for (String line : out.split("\n")) {
            Matcher m = VALUE.matcher(line.trim());
            if (m.find()) {
                values.put(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            }
        }
        if (values.isEmpty()) {
            fail("mbpoll %s read nothing:%n%s", String.join(" ", args), out);
        }
        return values;
    }

    private void mbpollWrite(String... args) throws Exception {
        String out = run(List.of(args));
        assertThat(out).contains("Written 1 references");
    }

    private String run(List<String> args) throws IOException, InterruptedException {
        if (!Files.isExecutable(Path.of("/usr/bin/mbpoll"))) {
            fail("mbpoll is not installed: install the Debian package mbpoll (scripts/install-deps.sh)");
        }
        List<String> command = new ArrayList<>(
                List.of("mbpoll", "-m", "rtu", "-a", "1", "-b", "19200", "-P", "even", "-0", "-1", "-q", "-o", "1"));
        command.addAll(args.subList(0, args.size() - (isWrite(args) ? 1 : 0)));
        command.add(controller.link().toString());
        if (isWrite(args)) {
            command.add(args.get(args.size() - 1));
        }
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (!p.waitFor(10, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("mbpoll did not finish within 10 s: %s", command);
        }
        return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    /** A write is an odd-length argument list: the flags come in pairs, the value last. */
    private static boolean isWrite(List<String> args) {
        return args.size() % 2 == 1;
    }
}
