package org.cleartrade.deviceio.dock.adb;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.cleartrade.deviceio.dock.android.HelperApk;
import org.cleartrade.deviceio.dock.android.Pacer;
import org.cleartrade.ports.dock.Check;
import org.cleartrade.ports.dock.DockStatus;
import org.cleartrade.ports.dock.EraseAcknowledgement;
import org.cleartrade.ports.dock.ErasePreparation;
import org.cleartrade.ports.dock.EraseVerification;
import org.cleartrade.ports.dock.HelperRemoval;
import org.cleartrade.ports.dock.InspectionReport;
import org.cleartrade.ports.dock.PhoneIdentity;

/**
 * A technician's trial of the adb dock against a real phone over USB (docs/real-phones.md): the
 * kiosk's own {@link AdbPhoneDock}, step by step, printing what each step saw and how long it took,
 * so the record of a trial is the output of the same code paths the tests run against the fakes.
 *
 * <pre>
 * DockTrial --helper-apk PATH [--serial S] [--adb-port 5037] [--erase] [--verify-timeout-s 600]
 * </pre>
 *
 * Without {@code --erase} it installs the helper, reads the IMEIs and takes the helper off again,
 * reading back that it is gone: nothing is erased. With {@code --erase} it asks for the phone's
 * serial to be typed, then erases and verifies. Exit status 0 when every step did what it should.
 */
public final class DockTrial {

    private DockTrial() {}

    public static void main(String[] args) throws Exception {
        System.exit(
                run(args, System.out, new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))));
    }

    static int run(String[] args, PrintStream out, BufferedReader in) throws Exception {
        Map<String, String> options = options(args);
        if (!options.containsKey("helper-apk")) {
            out.println(
                    "usage: DockTrial --helper-apk PATH [--serial S] [--adb-port 5037] [--erase] [--verify-timeout-s 600]");
            return 64;
        }
        int port = Integer.parseInt(options.getOrDefault("adb-port", "5037"));
        AdbPhoneDock dock = new AdbPhoneDock(
                new AdbHostClient("127.0.0.1", port, Duration.ofSeconds(5)),
                new AdbServerProcess(AdbServerProcess.findAdb(), port, System.getenv()),
                Optional.ofNullable(options.get("serial")),
                Optional.of(HelperApk.fromFile(Path.of(options.get("helper-apk")))),
                Clock.systemUTC(),
                Pacer.sleeping());
        Trial trial = new Trial(out);

        DockStatus status = trial.step("1 waiting for an authorized phone (tap Allow on the phone)", () -> {
            Instant deadline = Instant.now().plusSeconds(120);
            DockStatus s = dock.status();
            while (s.state() != DockStatus.State.AUTHORIZED && Instant.now().isBefore(deadline)) {
                Thread.sleep(500);
                s = dock.status();
            }
            return s;
        });
        out.println("  adb: " + status.state() + " " + status.serial().orElse("(no serial)"));
        if (status.state() != DockStatus.State.AUTHORIZED) {
            return 1;
        }
        PhoneIdentity identity = trial.step("2 identify", dock::identify);
        out.println("  " + identity.manufacturer() + " " + identity.model() + ", Android " + identity.osVersion()
                + ", serial " + identity.serial() + ", " + identity.storageGb() + " GB, IMEI over adb: "
                + identity.imei().orElse("hidden"));
        InspectionReport report = trial.step("3 inspect", dock::inspect);
        for (Check check : report.checks()) {
            out.println("  " + check.kind() + ": " + check.verdict() + " " + check.detail());
        }
        ErasePreparation prepared =
                trial.step("4 install the helper, make it owner, read the IMEIs", dock::prepareErase);
        out.println("  IMEIs read by the helper: " + prepared.imeis() + " (" + prepared.detail() + ")");
        if (!options.containsKey("erase")) {
            HelperRemoval removal =
                    trial.step("5 take the helper off and read back that it is gone", dock::removeHelper);
            out.println("  gone: " + removal.gone() + " (" + removal.detail() + ")");
            return removal.gone() ? 0 : 1;
        }
        out.print("Type the serial " + identity.serial() + " to ERASE this phone for good: ");
        out.flush();
        String typed = in.readLine();
        if (typed == null || !typed.strip().equals(identity.serial())) {
            HelperRemoval removal = trial.step("5 not erasing: take the helper off", dock::removeHelper);
            out.println("  gone: " + removal.gone() + " (" + removal.detail() + ")");
            return 1;
        }
        EraseAcknowledgement ack = trial.step("5 erase", dock::erase);
        out.println("  method: " + ack.method());
        out.println("  acknowledgement: " + ack.evidence());
        Duration timeout = Duration.ofSeconds(Long.parseLong(options.getOrDefault("verify-timeout-s", "600")));
        EraseVerification verification = trial.step(
                "6 verify (wait for the phone to restart)", () -> dock.verifyErased(identity.serial(), timeout));
        out.println("  verified: " + verification.verified() + ", evidence " + verification.evidence());
        out.println("  " + verification.detail());
        boolean onUsb = trial.step("7 tray check: is the serial on the USB bus?", () -> dock.onUsb(identity.serial()));
        out.println("  on USB: " + onUsb);
        return verification.verified() && onUsb ? 0 : 1;
    }

    /** Prints each step's name and how long it took. */
    private record Trial(PrintStream out) {
        <T> T step(String name, Step<T> step) throws Exception {
            out.println(Instant.now() + "  step " + name);
            long start = System.nanoTime();
            T result = step.run();
            out.printf("  (%d ms)%n", (System.nanoTime() - start) / 1_000_000);
            return result;
        }
    }

    @FunctionalInterface
    private interface Step<T> {
        T run() throws Exception;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String key = args[i].replaceFirst("^--", "");
            boolean flag = key.equals("erase");
            if (!args[i].startsWith("--") || !flag && i + 1 >= args.length) {
                throw new IllegalArgumentException("bad argument: " + args[i]);
            }
            options.put(key, flag ? "true" : args[++i]);
        }
        return options;
    }
}
