package org.cleartrade.fleet.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.cleartrade.fleet.db.DatabaseAddress;

/**
 * One instance of the fleet service in a process of its own, started from this JVM's classpath
 * with {@code FleetMain serve} on a real database, as an operator would run it; it can be killed
 * with SIGKILL at any moment.
 */
final class FleetProcess implements AutoCloseable {

    private final Process process;
    private final int port;

    private FleetProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static FleetProcess start(DatabaseAddress database, Path fleetKey, String instance, Path log, int poolSize) {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-XX:TieredStopAtLevel=1",
                "-Djava.util.logging.config.file=/dev/null",
                "-cp",
                System.getProperty("java.class.path"),
                "org.cleartrade.fleet.FleetMain",
                "serve",
                "--port",
                String.valueOf(port),
                "--database",
                database.jdbcUrl(),
                "--database-user",
                database.user().orElseThrow(),
                "--fleet-key",
                fleetKey.toString(),
                "--instance",
                instance,
                "--pool-size",
                String.valueOf(poolSize)));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("FLEET_DATABASE_PASSWORD", database.password().orElseThrow());
        try {
            FleetProcess fleet = new FleetProcess(builder.start(), port);
            fleet.awaitHealthy(Duration.ofSeconds(180)); // a busy machine starts a JVM slowly
            return fleet;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start a fleet process", e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + port + "/";
    }

    /** SIGKILL: no shutdown hook, no orderly close of anything. */
    void kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(
                    java.util.concurrent.TimeUnit.SECONDS.toMillis(20), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                kill();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void awaitHealthy(Duration limit) {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the fleet process exited with " + process.exitValue());
            }
            try {
                HttpResponse<String> answer = client.send(
                        HttpRequest.newBuilder(URI.create(url() + "v1/health"))
                                .timeout(Duration.ofSeconds(2))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        kill();
        throw new IllegalStateException("the fleet process did not answer within " + limit);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
