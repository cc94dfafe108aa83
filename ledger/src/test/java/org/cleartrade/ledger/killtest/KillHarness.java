package org.cleartrade.ledger.killtest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.cleartrade.core.driver.HelperStepCut;
import org.cleartrade.core.driver.Scenario;
import org.cleartrade.core.ledger.JournalEntry;
import org.cleartrade.ledger.h2.H2Ledger;

/**
 * Kills a child JVM running {@link JourneyWorkload} (seller journeys through the session engine,
 * on the H2 ledger and on simulated devices that keep their physical state in files) with SIGKILL
 * at random moments, and restarts it; each restart resumes the sessions the kill left open. After
 * every kill the harness reopens the ledger and checks the invariants: no acknowledged transition
 * lost, every phone in a bin has a completed trade, every voucher belongs to a phone erased and
 * then locked in a bin, no voucher twice, no journal gap, an intact audit chain. The child's own
 * checks after each journey (which also read the latch: a bin holding a traded phone is locked)
 * count too. A final clean run recovers every open session and must leave none open.
 *
 * <p>A quarter of the kills land at a random moment of the child's first three seconds (while it
 * starts, opens or migrates the database, or resumes sessions); the rest at a random moment of the
 * 1.5 s after it reported {@code READY}, while it trades.
 *
 * <p>Usage: {@code KillHarness [kills] [seed] [folder] [early]}; defaults 200, time-based, a new
 * temp folder. {@code early} runs the control experiment (see {@link AcknowledgingLedger}),
 * which must report lost acknowledgements.
 */
public final class KillHarness {
    private static final Duration START_DEADLINE = Duration.ofSeconds(60);

    private final Path folder;
    private final Random random;
    private final Map<String, Acked> acked = new ConcurrentHashMap<>();
    private final AtomicLong ackCount = new AtomicLong();
    private final List<String> violations = Collections.synchronizedList(new ArrayList<>());

    /** The latest acknowledged transition of a session. */
    private record Acked(long seq, String phase) {}

    /** What one harness run found. */
    public record Result(int kills, long acknowledged, long journalEntries, List<String> violations, Duration took) {
        @Override
        public String toString() {
            return "kills: " + kills + ", acknowledged synced commits: " + acknowledged + ", journal entries: "
                    + journalEntries + ", violations: " + violations.size() + ", duration: " + took.toSeconds() + " s";
        }
    }

    private final boolean early;

    public KillHarness(Path folder, long seed) {
        this(folder, seed, false);
    }

    KillHarness(Path folder, long seed, boolean early) {
        this.folder = folder;
        this.random = new Random(seed);
        this.early = early;
    }

    public static void main(String[] args) throws Exception {
        int kills = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : System.nanoTime();
        Path folder = Files.createDirectories(
                args.length > 2 ? Path.of(args[2]) : Files.createTempDirectory("cleartrade-kill-"));
        System.out.println("kill test: " + kills + " kills, seed " + seed + ", folder " + folder);
        boolean early = args.length > 3 && args[3].equals("early");
        Result result = new KillHarness(folder, seed, early).run(kills, line -> System.out.println(line));
        System.out.println(result);
        result.violations().stream().limit(50).forEach(v -> System.out.println("VIOLATION " + v));
        System.exit(result.violations().isEmpty() ? 0 : 1);
    }

    public Result run(int kills, Consumer<String> progress) throws Exception {
        long started = System.nanoTime();
        for (int run = 1; run <= kills; run++) {
            boolean duringStart = random.nextInt(4) == 0;
            long lifeMillis = duringStart ? random.nextInt(3000) : random.nextInt(1500);
            int before = violations.size();
            Process child = start(run, null);
            if (!duringStart && !awaitReady(child, stdoutOf(run))) {
                violations.add("run " + run + ": the workload was not ready within " + START_DEADLINE);
            }
            boolean exitedEarly = child.waitFor(lifeMillis, TimeUnit.MILLISECONDS);
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
            readChild(run, stdoutOf(run));
            if (exitedEarly) {
                violations.add("run " + run + ": the workload died on its own with exit " + child.exitValue() + ": "
                        + tail(stderrOf(run)));
            }
            Path image = keepImage();
            int beforeCheck = violations.size();
            check("after kill " + run);
            if (violations.size() > beforeCheck && image != null) {
                Path kept = folder.resolve("kill-" + run + ".mv.db");
                Files.move(image, kept, StandardCopyOption.REPLACE_EXISTING);
                progress.accept("  database as kill " + run + " left it: " + kept);
            }
            new ArrayList<>(violations).stream().skip(before).forEach(v -> progress.accept("  VIOLATION " + v));
            if (run % 10 == 0) {
                progress.accept("  " + run + " kills, " + ackCount.get() + " acknowledged, " + violations.size()
                        + " violations");
            }
        }
        finalRecovery(kills + 1);
        return new Result(
                kills,
                ackCount.get(),
                journalEntries(),
                List.copyOf(new ArrayList<>(violations)),
                Duration.ofNanos(System.nanoTime() - started));
    }

    /**
     * Kills the workload on every step of one scenario's journey after its consent: first a clean
     * run plays the scenario once and its journal names the steps (each commit's phase, from the one
     * after {@code CONSENT} to the end); then, for every step, a run halts itself just before and
     * another just after committing it ({@link AcknowledgingLedger.Cut}), each recovering what the
     * one before left, and the ledger is checked after each; a final clean run must leave nothing
     * open. A cut that never happened is a violation.
     */
    public Result runCuts(Scenario scenario, Consumer<String> progress) throws Exception {
        long started = System.nanoTime();
        int run = 1;
        Process first = start(run, "1", List.of("mix=" + scenario.name()));
        awaitClean(first, run);
        readChild(run, stdoutOf(run));
        List<String> steps = stepsAfterConsent("K1-000001");
        if (steps.isEmpty()) {
            violations.add("the first " + scenario + " journey never got past its consent");
        }
        progress.accept(scenario + ": cutting before and after each of " + steps);
        for (String step : steps) {
            for (String when : List.of("before", "after")) {
                run++;
                String cut = step + ":" + when;
                Process child = start(run, "5", List.of("mix=" + scenario.name(), "cut=" + cut));
                if (!child.waitFor(START_DEADLINE.toSeconds(), TimeUnit.SECONDS)) {
                    child.destroyForcibly();
                    child.waitFor(30, TimeUnit.SECONDS);
                }
                readChild(run, stdoutOf(run));
                if (child.exitValue() != AcknowledgingLedger.CUT_EXIT) {
                    violations.add(
                            "cut " + cut + " did not happen: exit " + child.exitValue() + " " + tail(stderrOf(run)));
                }
                check("after cut " + cut);
                progress.accept("  cut " + cut + ": " + violations.size() + " violations so far");
            }
        }
        finalRecovery(run + 1);
        return new Result(
                run - 1,
                ackCount.get(),
                journalEntries(),
                List.copyOf(new ArrayList<>(violations)),
                Duration.ofNanos(System.nanoTime() - started));
    }

    /**
     * Kills the workload at each step of the device-owner helper inside one scenario's erase effect
     * ({@link HelperStepCut.Step}), where no commit marks the moment: each run plays the scenario
     * after recovering what the one before left and halts at its step; the ledger is checked after
     * each, and a final clean run must leave nothing open. A cut that never happened is a violation.
     */
    public Result runHelperCuts(Scenario scenario, List<HelperStepCut.Step> steps, Consumer<String> progress)
            throws Exception {
        long started = System.nanoTime();
        int run = 0;
        for (HelperStepCut.Step step : steps) {
            run++;
            String cut =
                    "helper=" + step.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
            Process child = start(run, "5", List.of("mix=" + scenario.name(), cut));
            if (!child.waitFor(START_DEADLINE.toSeconds(), TimeUnit.SECONDS)) {
                child.destroyForcibly();
                child.waitFor(30, TimeUnit.SECONDS);
            }
            readChild(run, stdoutOf(run));
            if (child.exitValue() != AcknowledgingLedger.CUT_EXIT) {
                violations.add("cut " + cut + " did not happen: exit " + child.exitValue() + " " + tail(stderrOf(run)));
            }
            check("after " + scenario + " " + cut);
            progress.accept("  " + scenario + " " + cut + ": " + violations.size() + " violations so far");
        }
        finalRecovery(run + 1);
        return new Result(
                run,
                ackCount.get(),
                journalEntries(),
                List.copyOf(new ArrayList<>(violations)),
                Duration.ofNanos(System.nanoTime() - started));
    }

    /** The phases a session's journal entered after its consent, in order, each once. */
    private List<String> stepsAfterConsent(String sessionId) {
        try (H2Ledger ledger = H2Ledger.open(database(), Clock.systemUTC())) {
            List<String> phases = ledger.journal(sessionId).stream()
                    .map(JournalEntry::toPhase)
                    .toList();
            int consent = phases.indexOf("CONSENT");
            return consent < 0
                    ? List.of()
                    : phases.subList(consent + 1, phases.size()).stream()
                            .distinct()
                            .toList();
        }
    }

    private void awaitClean(Process child, int run) throws InterruptedException {
        if (!child.waitFor(START_DEADLINE.toSeconds(), TimeUnit.SECONDS)) {
            child.destroyForcibly();
            violations.add("run " + run + " did not finish within " + START_DEADLINE);
        } else if (child.exitValue() != 0) {
            violations.add("run " + run + " exited " + child.exitValue() + ": " + tail(stderrOf(run)));
        }
    }

    private void finalRecovery(int run) throws Exception {
        Process child = start(run, "3");
        if (!child.waitFor(START_DEADLINE.toSeconds(), TimeUnit.SECONDS)) {
            child.destroyForcibly();
            violations.add("final run did not finish within " + START_DEADLINE);
        } else if (child.exitValue() != 0) {
            violations.add("final run exited " + child.exitValue() + ": " + tail(stderrOf(run)));
        }
        readChild(run, stdoutOf(run));
        check("after the final clean run");
        try (H2Ledger ledger = H2Ledger.open(database(), markFile(), Clock.systemUTC())) {
            List<JournalEntry> open = ledger.openSessions();
            if (!open.isEmpty()) {
                violations.add("sessions still open after recovery: " + open);
            }
        }
    }

    private Process start(int run, String journeys) throws IOException {
        return start(run, journeys, List.of());
    }

    private Process start(int run, String journeys, List<String> options) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(
                java,
                "-Xmx128m",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                JourneyWorkload.class.getName(),
                folder.toString(),
                Integer.toString(run),
                Long.toString(random.nextLong())));
        command.add(journeys == null ? "0" : journeys);
        if (early) {
            command.add("early");
        }
        command.addAll(options);
        return new ProcessBuilder(command)
                .redirectOutput(stdoutOf(run).toFile())
                .redirectError(stderrOf(run).toFile())
                .start();
    }

    /**
     * Copies the database file as the killed child left it, before the check reopens it (H2
     * recovers on open), so a kill that breaks an invariant can be examined afterwards.
     */
    private Path keepImage() throws IOException {
        Path file = database().resolve("ledger.mv.db");
        if (!Files.exists(file)) {
            return null;
        }
        Path image = folder.resolve("last-kill.mv.db");
        Files.copy(file, image, StandardCopyOption.REPLACE_EXISTING);
        return image;
    }

    private Path database() {
        return folder.resolve("db");
    }

    /** The ledger's mark, as a kiosk keeps it outside the ledger folder; every open checks it. */
    static Path markFile(Path folder) {
        return folder.resolve("keys").resolve("ledger.mark");
    }

    private Path markFile() {
        return markFile(folder);
    }

    private Path stdoutOf(int run) {
        return folder.resolve("run-" + (run % 5) + ".stdout");
    }

    private Path stderrOf(int run) {
        return folder.resolve("run-" + (run % 5) + ".stderr");
    }

    /** Waits, with a deadline, until the child has written {@code READY} to its stdout file. */
    private boolean awaitReady(Process child, Path stdout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + START_DEADLINE.toNanos();
        while (System.nanoTime() < deadline && child.isAlive()) {
            if (Files.exists(stdout)) {
                String text = Files.readString(stdout, StandardCharsets.UTF_8);
                if (text.startsWith("READY\n") || text.contains("\nREADY\n")) {
                    return true;
                }
            }
            Thread.sleep(5);
        }
        return false;
    }

    /**
     * Reads the acknowledgements and violations of a dead child. Only complete lines count: a line
     * cut short by the kill is ignored, which can only make the check weaker, never report a false
     * loss.
     */
    private void readChild(int run, Path stdout) throws IOException {
        String text = Files.readString(stdout, StandardCharsets.UTF_8);
        int end = text.lastIndexOf('\n');
        if (end < 0) {
            return;
        }
        for (String line : text.substring(0, end).split("\n")) {
            if (line.startsWith("VIOLATION ")) {
                violations.add("run " + run + ": " + line.substring("VIOLATION ".length()));
                continue;
            }
            String[] parts = line.split(" ");
            if (parts.length == 4 && parts[0].equals("ACK")) {
                acked.put(parts[1], new Acked(Long.parseLong(parts[2]), parts[3]));
                ackCount.incrementAndGet();
            }
        }
    }

    /** Reopens the ledger the child was killed over and checks every invariant. */
    private void check(String when) {
        if (!Files.exists(database())) {
            return;
        }
        try (H2Ledger ledger = H2Ledger.open(database(), markFile(), Clock.systemUTC())) {
            for (Map.Entry<String, Acked> ack : acked.entrySet()) {
                List<JournalEntry> journal = ledger.journal(ack.getKey());
                long seq = ack.getValue().seq();
                if (journal.size() < seq) {
                    violations.add(when + ": acknowledged " + ack.getKey() + " seq " + seq + " but the journal holds "
                            + journal.size());
                } else if (!journal.get((int) seq - 1)
                        .toPhase()
                        .equals(ack.getValue().phase())) {
                    violations.add(when + ": " + ack.getKey() + " seq " + seq + " is "
                            + journal.get((int) seq - 1).toPhase() + ", acknowledged as "
                            + ack.getValue().phase());
                }
            }
            ledger.checkInvariants().forEach(v -> violations.add(when + ": " + v));
        } catch (RuntimeException e) {
            violations.add(when + ": cannot reopen the ledger: " + e);
        }
    }

    private long journalEntries() {
        try (H2Ledger ledger = H2Ledger.open(database(), markFile(), Clock.systemUTC())) {
            return acked.keySet().stream()
                    .mapToLong(s -> ledger.journal(s).size())
                    .sum();
        }
    }

    private static String tail(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            return String.join(" | ", lines.subList(Math.max(0, lines.size() - 8), lines.size()));
        } catch (IOException e) {
            return "(no stderr: " + e.getMessage() + ")";
        }
    }
}
