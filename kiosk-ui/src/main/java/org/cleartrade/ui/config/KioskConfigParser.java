package org.cleartrade.ui.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.cleartrade.backoffice.BackOfficeConfig;
import org.cleartrade.core.jurisdiction.JurisdictionProfiles;
import org.cleartrade.ui.i18n.Language;

/**
 * Reads a {@code .properties} file into a {@link KioskConfig}. Missing keys take the demo
 * defaults; an unknown key or a bad value is a {@link ConfigException} naming the key, so a typo
 * never silently falls back to a simulator.
 */
public final class KioskConfigParser {

    static final Set<String> KEYS = Set.of(
            "kiosk.mode",
            "kiosk.id",
            "kiosk.location",
            "kiosk.jurisdiction",
            "kiosk.language",
            "kiosk.speech",
            "kiosk.largeText",
            "kiosk.cjkFont",
            "kiosk.dataDir",
            "dock.driver",
            "dock.adbHost",
            "dock.adbPort",
            "dock.helperApk",
            "latch.driver",
            "latch.serialPort",
            "latch.unitId",
            "printer.driver",
            "printer.host",
            "printer.port",
            "printer.device");

    private static final String BACKOFFICE = "backoffice.";

    private static final Path DEFAULT_CJK_FONT = Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc");

    private final Map<String, String> env;
    private final Path home;

    /** @param env the process environment, for {@code XDG_DATA_HOME} */
    public KioskConfigParser(Map<String, String> env, Path home) {
        this.env = Map.copyOf(env);
        this.home = home;
    }

    /** The demo defaults: everything simulated, data in the user's data folder. */
    public KioskConfig defaults() {
        return parse(new Properties());
    }

    public KioskConfig read(Path file) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new ConfigException("--config", "cannot read " + file + ": " + e.getMessage());
        }
        return parse(p);
    }

    public KioskConfig parse(Properties p) {
        Set<String> unknown = new TreeSet<>(p.stringPropertyNames());
        unknown.removeAll(KEYS);
        unknown.removeIf(key -> key.startsWith(BACKOFFICE));
        if (!unknown.isEmpty()) {
            String first = unknown.iterator().next();
            throw new ConfigException(first, "unknown key; known keys are " + new TreeSet<>(KEYS));
        }
        KioskConfig.Mode mode = choice(p, "kiosk.mode", KioskConfig.Mode.DEMO, KioskConfig.Mode.class);
        if ("adb".equalsIgnoreCase(trimmed(p, "dock.driver")) && trimmed(p, "dock.helperApk") == null) {
            throw new ConfigException(
                    "dock.helperApk", "required when dock.driver=adb: the erase installs this helper");
        }
        return new KioskConfig(
                mode,
                value(p, "kiosk.id", "DEMO-0001", KioskConfigParser::kioskId),
                value(p, "kiosk.location", "ClearTrade demo kiosk", s -> s),
                value(p, "kiosk.jurisdiction", "EU", KioskConfigParser::jurisdiction),
                Optional.ofNullable(value(p, "kiosk.language", null, KioskConfigParser::language)),
                onOff(p, "kiosk.speech", false),
                onOff(p, "kiosk.largeText", false),
                value(p, "kiosk.cjkFont", DEFAULT_CJK_FONT, Path::of),
                value(p, "kiosk.dataDir", defaultDataDir(), Path::of),
                choice(p, "dock.driver", KioskConfig.DockDriver.SIMULATED, KioskConfig.DockDriver.class),
                value(p, "dock.adbHost", "127.0.0.1", s -> s),
                integer(p, "dock.adbPort", 5037, 1, 65535),
                Optional.ofNullable(value(p, "dock.helperApk", null, Path::of)),
                choice(p, "latch.driver", KioskConfig.LatchDriver.SIMULATED, KioskConfig.LatchDriver.class),
                value(p, "latch.serialPort", "/dev/ttyACM0", s -> s),
                integer(p, "latch.unitId", 1, 1, 247),
                choice(p, "printer.driver", KioskConfig.PrinterDriver.SIMULATED, KioskConfig.PrinterDriver.class),
                value(p, "printer.host", "127.0.0.1", s -> s),
                integer(p, "printer.port", 9100, 1, 65535),
                value(p, "printer.device", Path.of("/dev/usb/lp0"), Path::of),
                backOffice(p));
    }

    /** The {@code backoffice.*} keys, validated by the back office's own reader. */
    private static Optional<BackOfficeConfig> backOffice(Properties p) {
        Map<String, String> keys = new TreeMap<>();
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith(BACKOFFICE)) {
                keys.put(key, p.getProperty(key).trim());
            }
        }
        if (keys.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(BackOfficeConfig.from(keys));
        } catch (IllegalArgumentException e) {
            String message = String.valueOf(e.getMessage());
            int colon = message.indexOf(": ");
            String key = colon > 0 && message.startsWith(BACKOFFICE) ? message.substring(0, colon) : "backoffice.url";
            throw new ConfigException(key, colon > 0 ? message.substring(colon + 2) : message);
        }
    }

    private Path defaultDataDir() {
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local/share");
        return base.resolve("cleartrade");
    }

    private static String kioskId(String id) {
        if (!id.matches("[A-Za-z0-9-]{1,16}")) {
            throw new IllegalArgumentException("expected 1 to 16 letters, digits or dashes");
        }
        return id;
    }

    private static String jurisdiction(String id) {
        if (!JurisdictionProfiles.BUNDLED.contains(id)) {
            throw new IllegalArgumentException("expected one of " + JurisdictionProfiles.BUNDLED);
        }
        return id;
    }

    private static Language language(String tag) {
        return Language.fromTag(tag)
                .orElseThrow(() -> new IllegalArgumentException("expected one of " + Language.tags()));
    }

    private static String trimmed(Properties p, String key) {
        String v = p.getProperty(key);
        return v == null || v.isBlank() ? null : v.trim();
    }

    private static <T> T value(Properties p, String key, T fallback, Function<String, T> parse) {
        String v = trimmed(p, key);
        if (v == null) {
            return fallback;
        }
        try {
            return parse.apply(v);
        } catch (RuntimeException e) {
            throw new ConfigException(key, "bad value '" + v + "': " + e.getMessage());
        }
    }

    private static <E extends Enum<E>> E choice(Properties p, String key, E fallback, Class<E> type) {
        String v = trimmed(p, key);
        if (v == null) {
            return fallback;
        }
        String constant = v.toUpperCase(Locale.ROOT).replace('-', '_');
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(constant)) {
                return e;
            }
        }
        Set<String> allowed = new TreeSet<>();
        for (E e : type.getEnumConstants()) {
            allowed.add(e.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        throw new ConfigException(key, "bad value '" + v + "'; expected one of " + allowed);
    }

    private static int integer(Properties p, String key, int fallback, int min, int max) {
        String v = trimmed(p, key);
        if (v == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max) {
                throw new ConfigException(key, "bad value '" + v + "'; expected " + min + ".." + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new ConfigException(key, "bad value '" + v + "'; expected a whole number " + min + ".." + max);
        }
    }

    private static boolean onOff(Properties p, String key, boolean fallback) {
        String v = trimmed(p, key);
        if (v == null) {
            return fallback;
        }
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "on", "true", "yes" -> true;
            case "off", "false", "no" -> false;
            default -> throw new ConfigException(key, "bad value '" + v + "'; expected on or off");
        };
    }
}
