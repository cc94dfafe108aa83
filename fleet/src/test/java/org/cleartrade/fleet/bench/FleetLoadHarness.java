package org.cleartrade.fleet.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import okhttp3.ConnectionPool;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.cleartrade.backoffice.FleetEndpoint;
import org.cleartrade.backoffice.outbox.HttpOutboxUploader;
import org.cleartrade.backoffice.wire.KioskRequestSigner;
import org.cleartrade.core.driver.EphemeralSigner;
import org.cleartrade.core.outbox.OutboxDocuments;
import org.cleartrade.fleet.db.DatabaseAddress;
import org.cleartrade.fleet.db.FleetDatabase;
import org.cleartrade.fleet.db.LocalPostgres;
import org.cleartrade.fleet.kiosks.FleetSigningKey;
import org.cleartrade.fleet.kiosks.KioskRegistry;
import org.cleartrade.fleet.testing.OutboxOnlyLedger;

/**
 * Many simulated kiosks against instances of the fleet service in processes of their own, on one
 * PostgreSQL, through the kiosk's own signed uploader, heartbeat and block-list clients.
 *
 * <ol>
 *   <li><b>steady</b>: each kiosk uploads its outbox every minute, beats every five minutes, and
 *       sells a phone now and then ({@code --trades-per-hour}, each with an IMEI check and about
 *       eight documents), at real rates or sped up ({@code --speedup});
 *   <li><b>backlog</b>: every kiosk comes back from an outage with {@code --backlog-trades} trades'
 *       documents queued and sends them as fast as the fleet takes them, at most {@code
 *       --concurrency} uploads at a time across the fleet.
 * </ol>
 *
 * It prints requests per second, documents per second, p50/p99 latency per kind of request, and
 * the database's growth per million trades. Kiosks are spread over the instances as a load
 * balancer would.
 *
 * <p>Usage: {@code FleetLoadHarness [--kiosks 1000] [--instances 2] [--steady-seconds 180]
 * [--speedup 1] [--trades-per-hour 3] [--backlog-trades 30] [--concurrency 16] [--folder DIR]}
 */
public final class FleetLoadHarness {

    private static final MediaType JSON = MediaType.get("application/json");

    public record Settings(
            int kiosks,
            int instances,
            int steadySeconds,
            double speedup,
            double tradesPerHour,
            int backlogTrades,
            int concurrency) {}

    public record Result(
            long requests,
            long errors,
            Map<String, Long> errorKinds,
            long documentsStored,
            long tradesStored,
            Map<String, String> latency,
            double steadyRequestsPerSecond,
            double backlogDocumentsPerSecond,
            double backlogSeconds,
            long databaseBytesGrowth,
            double megabytesPerMillionTrades,
            Map<String, Long> largestTables,
            long documentsPending) {}

    private final DatabaseAddress database;
    private final Path folder;
    private final Settings settings;
    private final Random random = new Random(7);
    private final Map<String, ConcurrentLinkedQueue<Long>> latencies = new ConcurrentHashMap<>();
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();
    private final Map<String, AtomicLong> errorKinds = new ConcurrentHashMap<>();

    public FleetLoadHarness(DatabaseAddress database, Path folder, Settings settings) {
        this.database = database;
        this.folder = folder;
        this.settings = settings;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new java.util.HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        Settings settings = new Settings(
                Integer.parseInt(options.getOrDefault("--kiosks", "1000")),
                Integer.parseInt(options.getOrDefault("--instances", "2")),
                Integer.parseInt(options.getOrDefault("--steady-seconds", "180")),
                Double.parseDouble(options.getOrDefault("--speedup", "1")),
                Double.parseDouble(options.getOrDefault("--trades-per-hour", "3")),
                Integer.parseInt(options.getOrDefault("--backlog-trades", "30")),
                Integer.parseInt(options.getOrDefault("--concurrency", "16")));
        Path folder = options.containsKey("--folder")
                ? Path.of(options.get("--folder"))
                : Files.createTempDirectory(
                        "fleet-load-",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx--x--x")));
        System.out.println("fleet load: " + settings + ", folder " + folder);
        try (LocalPostgres postgres = LocalPostgres.start(folder.resolve("postgres"), 0)) {
            FleetKillHarness.createDatabase(postgres, "fleet_load");
            Result result = new FleetLoadHarness(DatabaseAddress.of(postgres, "fleet_load"), folder, settings)
                    .run(System.out::println);
            System.out.println(result);
        }
    }

    public Result run(Consumer<String> log) throws Exception {
        Path key = folder.resolve("fleet-key.pem");
        FleetSigningKey fleetKey = FleetSigningKey.open(key, true);
        List<SimKiosk> kiosks = new ArrayList<>();
        long sizeBefore;
        try (FleetDatabase db = FleetDatabase.open(database, 4)) {
            KioskRegistry registry = new KioskRegistry(db.jdbi(), fleetKey, Clock.systemUTC());
            for (int k = 1; k <= settings.kiosks(); k++) {
                EphemeralSigner signer = new EphemeralSigner();
                String id = String.format("LOAD-%05d", k);
                FleetKillHarness.enrol(registry, id, signer);
                kiosks.add(new SimKiosk(id, signer));
            }
            sizeBefore = databaseSize(db);
        }
        log.accept("enrolled " + kiosks.size() + " kiosks");
        List<FleetProcess> instances = new ArrayList<>();
        for (int i = 0; i < settings.instances(); i++) {
            instances.add(FleetProcess.start(
                    database, key, "load-" + (i + 1), folder.resolve("instance-" + (i + 1) + ".log"), 10));
        }
        OkHttpClient http = new OkHttpClient.Builder()
                .connectionPool(new ConnectionPool(256, 1, TimeUnit.MINUTES))
                .callTimeout(Duration.ofSeconds(60))
                .build();
        try {
            for (int k = 0; k < kiosks.size(); k++) {
                kiosks.get(k).connect(http, instances.get(k % instances.size()).url());
            }
            long steadyStart = System.nanoTime();
            steady(kiosks, log);
            double steadySeconds = (System.nanoTime() - steadyStart) / 1e9;
            long steadyRequests = requests.get();
            Map<String, String> steadyLatency = summary();
            latencies.clear();

            long stored0 = storedDocuments();
            long backlogStart = System.nanoTime();
            backlog(kiosks, log);
            double backlogSeconds = (System.nanoTime() - backlogStart) / 1e9;
            long stored1 = storedDocuments();
            Map<String, String> latency = new java.util.TreeMap<>();
            steadyLatency.forEach((kind, text) -> latency.put("steady " + kind, text));
            summary().forEach((kind, text) -> latency.put("backlog " + kind, text));

            try (FleetDatabase db = FleetDatabase.open(database, 2)) {
                db.jdbi().useHandle(h -> h.execute("VACUUM ANALYZE"));
                long growth = databaseSize(db) - sizeBefore;
                long trades = db.jdbi()
                        .withHandle(h -> h.createQuery("SELECT count(*) FROM trades")
                                .mapTo(Long.class)
                                .one());
                Map<String, Long> tables = new java.util.LinkedHashMap<>();
                db.jdbi()
                        .useHandle(h -> h.createQuery("SELECT relname, pg_total_relation_size(c.oid) AS bytes FROM"
                                        + " pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE"
                                        + " n.nspname = 'public' AND c.relkind = 'r' ORDER BY 2 DESC LIMIT 6")
                                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getLong(2)))
                                .forEach(e -> tables.put(e.getKey(), e.getValue())));
                long pending = kiosks.stream()
                        .mapToLong(k -> k.ledger.pendingOutbox(100_000).size())
                        .sum();
                Map<String, Long> kinds = new java.util.TreeMap<>();
                errorKinds.forEach((kind, count) -> kinds.put(kind, count.get()));
                return new Result(
                        requests.get(),
                        errors.get(),
                        kinds,
                        stored1,
                        trades,
                        latency,
                        steadyRequests / steadySeconds,
                        (stored1 - stored0) / backlogSeconds,
                        backlogSeconds,
                        growth,
                        trades == 0 ? 0 : growth / 1e6 / trades * 1e6,
                        tables,
                        pending);
            }
        } finally {
            instances.forEach(FleetProcess::close);
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
    }

    /** Real-rate (or sped-up) life: uploads every minute, beats every five, trades now and then. */
    private void steady(List<SimKiosk> kiosks, Consumer<String> log) throws InterruptedException {
        ScheduledExecutorService clock = Executors.newScheduledThreadPool(48);
        long uploadEvery = (long) (60_000 / settings.speedup());
        long beatEvery = (long) (300_000 / settings.speedup());
        double tradesPerUpload = settings.tradesPerHour() / 60.0;
        for (SimKiosk kiosk : kiosks) {
            clock.scheduleAtFixedRate(
                    () -> {
                        if (random(tradesPerUpload)) {
                            kiosk.sell();
                        }
                        kiosk.drain(20);
                    },
                    random.nextInt((int) uploadEvery),
                    uploadEvery,
                    TimeUnit.MILLISECONDS);
            clock.scheduleAtFixedRate(kiosk::beat, random.nextInt((int) beatEvery), beatEvery, TimeUnit.MILLISECONDS);
        }
        for (int s = 0; s < settings.steadySeconds(); s += 30) {
            Thread.sleep(Math.min(30, settings.steadySeconds() - s) * 1000L);
            log.accept("steady: " + (s + 30) + " s, requests " + requests.get() + ", errors " + errors.get());
        }
        // Let requests in flight finish: an interrupted call is not the fleet's error.
        clock.shutdown();
        clock.awaitTermination(120, TimeUnit.SECONDS);
    }

    /** Every kiosk back from an outage with a queue of documents, all at once. */
    private void backlog(List<SimKiosk> kiosks, Consumer<String> log) throws InterruptedException {
        for (SimKiosk kiosk : kiosks) {
            kiosk.queue(settings.backlogTrades());
        }
        ExecutorService senders = Executors.newFixedThreadPool(settings.concurrency());
        List<SimKiosk> order = new ArrayList<>(kiosks);
        Collections.shuffle(order, random);
        for (SimKiosk kiosk : order) {
            senders.submit(() -> kiosk.drainRetrying());
        }
        senders.shutdown();
        while (!senders.awaitTermination(30, TimeUnit.SECONDS)) {
            log.accept("backlog: requests " + requests.get() + ", errors " + errors.get());
        }
    }

    private synchronized boolean random(double probability) {
        return random.nextDouble() < probability;
    }

    private long storedDocuments() {
        try (FleetDatabase db = FleetDatabase.open(database, 2)) {
            return db.jdbi()
                    .withHandle(h -> h.createQuery("SELECT count(*) FROM outbox_documents")
                            .mapTo(Long.class)
                            .one());
        }
    }

    private static long databaseSize(FleetDatabase db) {
        return db.jdbi()
                .withHandle(h -> h.createQuery("SELECT pg_database_size(current_database())")
                        .mapTo(Long.class)
                        .one());
    }

    private void error(String kind) {
        errors.incrementAndGet();
        String key = kind.length() > 120 ? kind.substring(0, 120) : kind;
        errorKinds.computeIfAbsent(key, k -> new AtomicLong()).incrementAndGet();
    }

    private void timed(String kind, long startNanos) {
        latencies.computeIfAbsent(kind, k -> new ConcurrentLinkedQueue<>()).add(System.nanoTime() - startNanos);
        requests.incrementAndGet();
    }

    private Map<String, String> summary() {
        Map<String, String> out = new java.util.TreeMap<>();
        latencies.forEach((kind, values) -> {
            List<Long> sorted = new ArrayList<>(values);
            Collections.sort(sorted);
            if (!sorted.isEmpty()) {
                out.put(
                        kind,
                        String.format(
                                "n=%d p50=%.1f ms p99=%.1f ms",
                                sorted.size(),
                                sorted.get(sorted.size() / 2) / 1e6,
                                sorted.get((int) Math.min(sorted.size() - 1, Math.floor(sorted.size() * 0.99))) / 1e6));
            }
        });
        return out;
    }

    /** One kiosk: its key, its outbox, the documents its next trades will queue, and its clients. */
    private final class SimKiosk {
        private final String id;
        private final EphemeralSigner key;
        private final OutboxOnlyLedger ledger = new OutboxOnlyLedger();
        private final List<String[]> future;
        private int next;
        private OkHttpClient client;
        private String url;
        private HttpOutboxUploader uploader;

        SimKiosk(String id, EphemeralSigner key) {
            this.id = id;
            this.key = key;
            this.future = KioskWorkload.documents(id, 400);
        }

        void connect(OkHttpClient shared, String url) {
            this.client = shared.newBuilder()
                    .addInterceptor(new KioskRequestSigner(id, key, Clock.systemUTC()))
                    .build();
            this.url = url;
            this.uploader = new HttpOutboxUploader(new FleetEndpoint(client, HttpUrl.get(url)), ledger, id, 100);
        }

        /** A seller: an IMEI check, then the trade's documents. */
        synchronized void sell() {
            call("imei-check", "v1/imei-checks", "{\"imei\":\"356938035643809\"}");
            queue(1);
        }

        synchronized void queue(int trades) {
            for (int t = 0; t < trades && next < future.size(); t++) {
                do {
                    String[] document = future.get(next++);
                    ledger.add(document[0], document[1]);
                    if (document[0].equals("session-ended")) {
                        break;
                    }
                } while (next < future.size());
            }
        }

        /**
         * A kiosk back online: sends until its outbox is empty; a refused or timed-out batch is
         * sent again after a pause, as the kiosk's next upload would (at most 100 tries).
         */
        void drainRetrying() {
            for (int attempt = 0; attempt < 100 && !ledger.pendingOutbox(1).isEmpty(); attempt++) {
                drain(Integer.MAX_VALUE);
                if (!ledger.pendingOutbox(1).isEmpty()) {
                    try {
                        Thread.sleep(2000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
        }

        synchronized void drain(int batches) {
            for (int i = 0; i < batches; i++) {
                long start = System.nanoTime();
                try {
                    if (uploader.uploadBatch() == 0) {
                        return;
                    }
                    timed("upload", start);
                } catch (IOException | RuntimeException e) {
                    error("upload: " + e.getMessage());
                    return;
                }
            }
        }

        void beat() {
            call(
                    "heartbeat",
                    "v1/heartbeat",
                    OutboxDocuments.heartbeat(
                                    id, Instant.now(), "2026.12.0", Instant.parse("2026-12-01T00:00:00Z"), "DOWNLOADED")
                            .json());
        }

        private void call(String kind, String path, String body) {
            long start = System.nanoTime();
            try (Response response = client.newCall(new Request.Builder()
                            .url(url + path)
                            .post(RequestBody.create(body.getBytes(StandardCharsets.UTF_8), JSON))
                            .build())
                    .execute()) {
                response.body().bytes();
                if (response.code() == 200) {
                    timed(kind, start);
                } else {
                    error(kind + ": HTTP " + response.code());
                }
            } catch (IOException e) {
                error(kind + ": " + e.getClass().getSimpleName() + " " + e.getMessage());
            }
        }
    }
}
