package org.cleartrade.fleet;

import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The command line of {@code fleet}: one command word, then {@code --name value} options and plain
 * arguments. Every option is checked when read; a bad or unknown one is an error naming it.
 */
final class FleetOptions {

    static final Set<String> KNOWN = Set.of(
            "--host",
            "--port",
            "--database",
            "--database-user",
            "--data-dir",
            "--embedded-port",
            "--fleet-key",
            "--instance",
            "--max-clock-skew",
            "--max-body-bytes",
            "--pool-size",
            "--kiosk",
            "--location",
            "--valid-for",
            "--name",
            "--role",
            "--reason",
            "--by");

    private final String command;
    private final Map<String, String> options;
    private final List<String> arguments;

    private FleetOptions(String command, Map<String, String> options, List<String> arguments) {
        this.command = command;
        this.options = options;
        this.arguments = arguments;
    }

    static FleetOptions parse(String[] args) {
        String command = "serve";
        int from = 0;
        if (args.length > 0 && !args[0].startsWith("--")) {
            command = args[0];
            from = 1;
        }
        Map<String, String> options = new LinkedHashMap<>();
        List<String> arguments = new ArrayList<>();
        for (int i = from; i < args.length; i++) {
            if (args[i].startsWith("--")) {
                if (!KNOWN.contains(args[i])) {
                    throw new IllegalArgumentException(args[i] + ": unknown option");
                }
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(args[i] + ": needs a value");
                }
                options.put(args[i], args[++i]);
            } else {
                arguments.add(args[i]);
            }
        }
        return new FleetOptions(command, options, arguments);
    }

    String command() {
        return command;
    }

    List<String> arguments() {
        return arguments;
    }

    Optional<String> text(String name) {
        return Optional.ofNullable(options.get(name));
    }

    String required(String name) {
        return text(name).orElseThrow(() -> new IllegalArgumentException(name + ": required for " + command));
    }

    int integer(String name, int fallback, int min, int max) {
        String value = options.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value);
            if (parsed < min || parsed > max) {
                throw new NumberFormatException();
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ": " + min + " to " + max + ", was " + value);
        }
    }

    Duration duration(String name, Duration fallback) {
        String value = options.get(name);
        try {
            return value == null ? fallback : Duration.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + ": an ISO-8601 duration such as PT5M, was " + value);
        }
    }

    Optional<Path> path(String name) {
        return text(name).map(Path::of);
    }
}
