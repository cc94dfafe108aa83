package org.cleartrade.fleet.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.cleartrade.backoffice.FleetEndpoint;
import org.cleartrade.backoffice.outbox.HttpOutboxUploader;
import org.cleartrade.backoffice.wire.KioskRequestSigner;
import org.cleartrade.core.driver.EphemeralSigner;
import org.cleartrade.fleet.db.DatabaseAddress;
import org.cleartrade.fleet.db.FleetDatabase;
import org.cleartrade.fleet.db.LocalPostgres;
import org.cleartrade.fleet.http.JsonBodies;
import org.cleartrade.fleet.kiosks.FleetSigningKey;
import org.cleartrade.fleet.kiosks.KioskRegistry;
import org.cleartrade.fleet.testing.OutboxOnlyLedger;

/**
 * The fleet's kill test: kiosks upload their outboxes through the kiosk's own uploader to an
 * instance of the service running in a process of its own, which is killed with SIGKILL at random
 * moments and started again, on a real PostgreSQL. A kiosk marks a document sent only when the
 * fleet acknowledged it. At the end every kiosk's documents in the database must be exactly its
 * documents 1..high-water, in order, each equal to what the kiosk sent, and every acknowledged one
 * among them.
 *
 * <p>A quarter of the kills land within the first second of an instance's life (while the first
 * batches arrive), the others after 1 to 8 s of ingest.
 *
 * <p>Usage: {@code FleetKillHarness [kills] [seed] [folder]}; defaults 100, time-based, a new
 * temporary folder (a private PostgreSQL runs in it).
 */
public final class FleetKillHarness {

    private static final int KIOSKS = 8;
    private static final int TRADES_PER_KIOSK = 2000;

    private final DatabaseAddress database;
    private final Path folder;
    private final Random random;

    public FleetKillHarness(DatabaseAddress database, Path folder, long seed) {
        this.database = database;
        this.folder = folder;
        this.random = new Random(seed);
    }

    public record Result(int kills, long acknowledged, long stored, List<String> violations, Duration took) {
        @Override
        public String toString() {
            return "kills: " + kills + ", documents acknowledged: " + acknowledged + ", stored: " + stored
                    + ", violations: " + violations.size() + ", took " + took.toSeconds() + " s";
        }
    }

    public static void main(String[] args) throws Exception {
        int kills = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : System.nanoTime();
        Path folder = args.length > 2 ? Path.of(args[2]) : Files.createTempDirectory("fleet-kill-");
        Files.setPosixFilePermissions(folder, java.nio.file.attribute.PosixFilePermissions.fromString("rwx--x--x"));
        System.out.println("fleet kill test: " + kills + " kills, seed " + seed + ", folder " + folder);
        try (LocalPostgres postgres = LocalPostgres.start(folder.resolve("postgres"), 0)) {
            createDatabase(postgres, "fleet_kill");
            Result result = new FleetKillHarness(DatabaseAddress.of(postgres, "fleet_kill"), folder, seed)
                    .run(kills, System.out::println);
            System.out.println(result);
            result.violations().forEach(v -> System.out.println("VIOLATION " + v));
            System.exit(result.violations().isEmpty() ? 0 : 1);
        }
    }

    public Result run(int kills, Consumer<String> log) throws Exception {
        long started = System.nanoTime();
        Path key = folder.resolve("fleet-key.pem");
        FleetSigningKey fleetKey = FleetSigningKey.open(key, true);
        Map<String, EphemeralSigner> keys = new HashMap<>();
        Map<String, OutboxOnlyLedger> ledgers = new HashMap<>();
        Map<String, List<String[]>> sent = new HashMap<>();
        try (FleetDatabase db = FleetDatabase.open(database, 2)) {
            KioskRegistry registry = new KioskRegistry(db.jdbi(), fleetKey, Clock.systemUTC());
            for (int k = 1; k <= KIOSKS; k++) {
                String kiosk = "KILL-" + k;
                EphemeralSigner signer = new EphemeralSigner();
                enrol(registry, kiosk, signer);
                keys.put(kiosk, signer);
                OutboxOnlyLedger ledger = new OutboxOnlyLedger();
                List<String[]> documents = KioskWorkload.documents(kiosk, TRADES_PER_KIOSK);
                documents.forEach(d -> ledger.add(d[0], d[1]));
                ledgers.put(kiosk, ledger);
                sent.put(kiosk, documents);
            }
        }
        Path log0 = folder.resolve("fleet-instance.log");
        FleetProcess[] current = {FleetProcess.start(database, key, "kill-instance", log0, 8)};
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService kiosks = Executors.newFixedThreadPool(KIOSKS);
        OkHttpClient http = new OkHttpClient.Builder()
                .callTimeout(Duration.ofSeconds(15))
                .retryOnConnectionFailure(false)
                .build();
        for (String kiosk : ledgers.keySet()) {
            kiosks.submit(() -> upload(kiosk, keys.get(kiosk), ledgers.get(kiosk), http, () -> current[0].url(), stop));
        }
        try {
            for (int kill = 1; kill <= kills; kill++) {
                long wait = random.nextInt(4) == 0 ? random.nextInt(1000) : 1000 + random.nextInt(7000);
                Thread.sleep(wait);
                current[0].kill();
                long acked = ledgers.values().stream()
                        .mapToLong(l -> l.sent().size())
                        .sum();
                log.accept("kill " + kill + " after " + wait + " ms; acknowledged so far: " + acked);
                current[0] = FleetProcess.start(database, key, "kill-instance", log0, 8);
            }
        } finally {
            // Whatever happened, no uploader and no instance outlives the run.
            stop.set(true);
            kiosks.shutdown();
            if (!kiosks.awaitTermination(60, TimeUnit.SECONDS)) {
                kiosks.shutdownNow();
            }
            current[0].close();
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
        return check(ledgers, sent, kills, Duration.ofNanos(System.nanoTime() - started));
    }

    private static void upload(
            String kiosk,
            EphemeralSigner key,
            OutboxOnlyLedger ledger,
            OkHttpClient http,
            java.util.function.Supplier<String> url,
            AtomicBoolean stop) {
        while (!stop.get()) {
            HttpOutboxUploader uploader = new HttpOutboxUploader(
                    new FleetEndpoint(
                            http.newBuilder()
                                    .addInterceptor(new KioskRequestSigner(kiosk, key, Clock.systemUTC()))
                                    .build(),
                            HttpUrl.get(url.get())),
                    ledger,
                    kiosk,
                    50);
            try {
                if (uploader.uploadBatch() == 0) {
                    return;
                }
            } catch (IOException | RuntimeException e) {
                try {
                    Thread.sleep(50); // the instance is down or restarting; try again, as the kiosk would
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
    }

    private Result check(
            Map<String, OutboxOnlyLedger> ledgers, Map<String, List<String[]>> sent, int kills, Duration took) {
        List<String> violations = new ArrayList<>();
        long acknowledged = 0;
        long stored = 0;
        try (FleetDatabase db = FleetDatabase.open(database, 2)) {
            for (var entry : ledgers.entrySet()) {
                String kiosk = entry.getKey();
                Set<Long> acked = entry.getValue().sent();
                acknowledged += acked.size();
                long highWater = db.jdbi()
                        .withHandle(h -> h.createQuery("SELECT high_water FROM kiosks WHERE kiosk_id = :k")
                                .bind("k", kiosk)
                                .mapTo(Long.class)
                                .one());
                List<Map<String, Object>> rows = db.jdbi()
                        .withHandle(h -> h.createQuery("SELECT seq, document::text AS document FROM outbox_documents"
                                        + " WHERE kiosk_id = :k ORDER BY seq")
                                .bind("k", kiosk)
                                .mapToMap()
                                .list());
                stored += rows.size();
                if (rows.size() != highWater) {
                    violations.add(
                            kiosk + ": " + rows.size() + " documents stored but the high-water mark is " + highWater);
                }
                for (int i = 0; i < rows.size(); i++) {
                    long seq = ((Number) rows.get(i).get("seq")).longValue();
                    if (seq != i + 1) {
                        violations.add(kiosk + ": document " + (i + 1) + " missing (found " + seq + " in its place)");
                        break;
                    }
                    if (!sameJson(
                            (String) rows.get(i).get("document"),
                            sent.get(kiosk).get(i)[1])) {
                        violations.add(kiosk + ": document " + seq + " differs from what the kiosk sent");
                    }
                }
                for (long seq : acked) {
                    if (seq > rows.size()) {
                        violations.add(kiosk + ": acknowledged document " + seq + " is not in the database");
                    }
                }
            }
        }
        return new Result(kills, acknowledged, stored, violations, took);
    }

    private static boolean sameJson(String a, String b) {
        try {
            return JsonBodies.JSON.readTree(a).equals(JsonBodies.JSON.readTree(b));
        } catch (IOException e) {
            return false;
        }
    }

    static void enrol(KioskRegistry registry, String kiosk, EphemeralSigner signer) {
        String code =
                registry.issueCode(kiosk, null, "harness", Duration.ofHours(1)).code();
        byte[] raw = org.cleartrade.backoffice.wire.KioskKeyCertificate.rawKey(signer.publicKey());
        byte[] proof = signer.sign(org.cleartrade.backoffice.enrolment.FleetEnrolment.proofText(
                kiosk, code, java.util.Base64.getEncoder().encodeToString(raw)));
        registry.enrol(kiosk, code, raw, proof);
    }

    static void createDatabase(LocalPostgres postgres, String name) throws java.sql.SQLException {
        try (var connection = java.sql.DriverManager.getConnection(
                postgres.jdbcUrl("postgres"), postgres.user(), postgres.password())) {
            connection.createStatement().execute("DROP DATABASE IF EXISTS " + name);
            connection.createStatement().execute("CREATE DATABASE " + name);
        }
    }
}
