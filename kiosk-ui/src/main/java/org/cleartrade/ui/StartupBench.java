package org.cleartrade.ui;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * Cold start to first frame, the kiosk against a bare JavaFX window started the same way in the
 * same run: each sample is a fresh {@code java} process with the same classpath and flags (or,
 * with {@code --launcher PATH}, the installed package's launcher with its runtime, options and
 * class-data archive), timed from process start until it reports its first frame on stdout. Runs
 * alternate so that both kinds see the same machine noise. The kiosk samples use a throw-away data
 * folder, never the kiosk's own.
 *
 * <pre>
 * startup-bench [RUNS] [--launcher PATH]
 * </pre>
 */
final class StartupBench {

    static final String MARKER = "first-frame";
    private static final long TRAINING_TAIL = 6_000;

    private StartupBench() {}

    static int run(String[] args, PrintStream out) {
        int runs = 11;
        String launcher = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--launcher") && i + 1 < args.length) {
                launcher = args[++i];
            } else {
                runs = Integer.parseInt(args[i]);
            }
        }
        List<Long> bare = new ArrayList<>();
        List<Long> kiosk = new ArrayList<>();
        try {
            Path data = Files.createTempDirectory("cleartrade-bench");
            Path config = data.resolve("bench.properties");
            Files.writeString(config, "kiosk.dataDir=" + data.resolve("data") + "\n");
            for (int i = 0; i < runs; i++) {
                bare.add(sample("bare", data, config, launcher));
                kiosk.add(sample("kiosk", data, config, launcher));
            }
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("startup bench failed: " + e.getMessage(), e);
        }
        out.printf("bare JavaFX window: median %d ms, p99 %d ms (n=%d)%n", pct(bare, 50), pct(bare, 99), runs);
        out.printf("kiosk attract frame: median %d ms, p99 %d ms (n=%d)%n", pct(kiosk, 50), pct(kiosk, 99), runs);
        out.printf("ratio of medians: %.2fx%n", pct(kiosk, 50) / (double) pct(bare, 50));
        return 0;
    }

    private static long sample(String kind, Path data, Path config, String launcher)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        if (launcher != null) {
            cmd.add(launcher);
        } else {
            cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            cmd.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                    .filter(a -> a.startsWith("-D") || a.startsWith("-X"))
                    .toList());
            cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), Launcher.class.getName()));
        }
        cmd.addAll(Arrays.asList("--first-frame-probe", kind));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.put("XDG_DATA_HOME", data.toString());
        env.put("CLEARTRADE_CONFIG", config.toString());
        if (launcher != null) {
            // Run from inside a package launcher, these would make the launched one read the probe's
            // arguments as its own JVM options and load this runtime's libraries.
            env.remove("_JPACKAGE_LAUNCHER");
            env.remove("LD_LIBRARY_PATH");
        }
        long start = System.nanoTime();
        Process p = pb.start();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith(MARKER)) {
                    long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
                    p.destroy();
                    p.waitFor(10, TimeUnit.SECONDS);
                    return ms;
                }
            }
        } finally {
            p.destroyForcibly();
        }
        throw new IllegalStateException(
                kind + " probe ended without reporting a first frame (exit " + p.waitFor() + ")");
    }

    private static long pct(List<Long> samples, int percentile) {
        List<Long> sorted = new ArrayList<>(samples);
        Collections.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }

    /** The child side: shows a bare window or the kiosk, prints the marker at the first frame. */
    static int probe(String[] args) {
        if (args.length == 1 && args[0].equals("bare")) {
            Platform.startup(() -> {
                Stage stage = new Stage();
                stage.setScene(new Scene(new StackPane(new Label("bare")), 540, 960));
                reportFirstFrame(stage.getScene());
                stage.show();
            });
            return waitForever();
        }
        if (args.length == 1 && args[0].equals("kiosk")) {
            EarlyToolkit.begin();
            return KioskApp.runUntilExit(
                    new Launcher(System.out, System.err, System.getenv()).config(new String[0]),
                    System.getenv(),
                    StartupBench::reportFirstFrame);
        }
        if (args.length == 1 && args[0].equals("train")) {
            // A start for the package's class list: the first frame, then the ledger and the
            // devices opening behind it, then exit.
            return KioskApp.runUntilExit(
                    new Launcher(System.out, System.err, System.getenv()).config(new String[0]),
                    System.getenv(),
                    scene -> exitAfter(TRAINING_TAIL));
        }
        throw new IllegalArgumentException("--first-frame-probe bare|kiosk|train");
    }

    /** Prints the marker once the first pulse has laid out and is about to render the scene. */
    static void reportFirstFrame(Scene scene) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            System.out.println(MARKER);
            System.out.flush();
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    private static void exitAfter(long millis) {
        Thread exit = new Thread(() -> {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            System.exit(0);
        });
        exit.setDaemon(true);
        exit.start();
    }

    private static int waitForever() {
        try {
            Thread.currentThread().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }
}
