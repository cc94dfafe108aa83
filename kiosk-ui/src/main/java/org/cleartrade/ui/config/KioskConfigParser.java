package org.cleartrade.ui.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.cleartrade.backoffice.BackOfficeConfig;
import org.cleartrade.core.certificate.VerificationLink;
import org.cleartrade.core.jurisdiction.JurisdictionProfiles;
import org.cleartrade.core.text.PlainText;
import org.cleartrade.deviceio.printer.EscPosOptions;
import org.cleartrade.deviceio.printer.PaperWidth;
import org.cleartrade.serial.SerialSettings;
import org.cleartrade.ui.i18n.Language;

/**
 * Reads a {@code .properties} file into a {@link KioskConfig}. Missing keys take the demo
 * defaults; an unknown key or a bad value is a {@link ConfigException} naming the key, so a typo
 * never silently falls back to a simulator. A key is unknown when no reader asked for it ({@link
 * ConfigKeys}).
 */
public final class KioskConfigParser {

    private static final String BACKOFFICE = "backoffice.";
    private static final int MAX_LOCATION = 120;

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
        return parseRecordingReads(p).config();
    }

    /** A parsed configuration and every key the parser read to build it. */
    record Parsed(KioskConfig config, Set<String> keysRead) {}

    Parsed parseRecordingReads(Properties p) {
        ConfigKeys keys = new ConfigKeys(p);
        DockSettings dock = dock(keys);
        LatchSettings latch = latch(keys);
        PrinterSettings printer = printer(keys);
        boolean allSimulated = dock.driver() == DockSettings.Driver.SIMULATED
                && latch.driver() == LatchSettings.Driver.SIMULATED
                && printer.driver() == PrinterSettings.Driver.SIMULATED;
        Optional<BackOfficeConfig> office = backOffice(keys);
        KioskConfig config = new KioskConfig(
                mode(keys, allSimulated),
                value(keys, "kiosk.id", "DEMO-0001", KioskConfigParser::kioskId),
                value(keys, "kiosk.location", "ClearTrade demo kiosk", KioskConfigParser::location),
                Optional.ofNullable(value(keys, "kiosk.payoutCounter", null, KioskConfigParser::location)),
                value(keys, "kiosk.jurisdiction", "EU", KioskConfigParser::jurisdiction),
                Optional.ofNullable(value(keys, "kiosk.language", null, KioskConfigParser::language)),
                onOff(keys, "kiosk.speech", false),
                onOff(keys, "kiosk.largeText", false),
                value(keys, "kiosk.cjkFont", DEFAULT_CJK_FONT, KioskConfigParser::path),
                value(keys, "kiosk.dataDir", defaultDataDir(), KioskConfigParser::dataDir),
                dock,
                latch,
                printer,
                office,
                verificationLink(keys, office));
        Set<String> unread = keys.unread();
        if (!unread.isEmpty()) {
            throw new ConfigException(
                    unread.iterator().next(), "unknown key; known keys are " + new TreeSet<>(keys.asked()));
        }
        return new Parsed(config, keys.asked());
    }

    private static DockSettings dock(ConfigKeys keys) {
        DockSettings.Driver driver =
                choice(keys, "dock.driver", DockSettings.Driver.SIMULATED, DockSettings.Driver.class);
        Optional<Path> helper = Optional.ofNullable(value(keys, "dock.helperApk", null, KioskConfigParser::path));
        if (driver == DockSettings.Driver.ADB && helper.isEmpty()) {
            throw new ConfigException(
                    "dock.helperApk", "required when dock.driver=adb: the erase installs this helper");
        }
        return new DockSettings(
                driver,
                value(keys, "dock.adbHost", "127.0.0.1", KioskConfigParser::host),
                integer(keys, "dock.adbPort", 5037, 1, 65535),
                helper,
                choice(keys, "dock.iphone", DockSettings.Iphone.USBMUXD, DockSettings.Iphone.class),
                value(keys, "dock.usbmuxdSocket", Path.of("/var/run/usbmuxd"), KioskConfigParser::path));
    }

    private static LatchSettings latch(ConfigKeys keys) {
        return new LatchSettings(
                choice(keys, "latch.driver", LatchSettings.Driver.SIMULATED, LatchSettings.Driver.class),
                value(keys, "latch.serialPort", "/dev/ttyACM0", KioskConfigParser::devicePath),
                value(keys, "latch.baud", 19200, KioskConfigParser::latchBaud),
                choice(keys, "latch.parity", SerialSettings.Parity.EVEN, SerialSettings.Parity.class),
                value(keys, "latch.unitIds", List.of(1), KioskConfigParser::unitIds));
    }

    private static PrinterSettings printer(ConfigKeys keys) {
        EscPosOptions options = new EscPosOptions(
                value(keys, "printer.paper", PaperWidth.MM80, PaperWidth::ofMillimetres),
                choice(keys, "printer.cjk", Rendering.NATIVE, Rendering.class) == Rendering.NATIVE,
                choice(keys, "printer.qr", Rendering.NATIVE, Rendering.class) == Rendering.NATIVE);
        return new PrinterSettings(
                choice(keys, "printer.driver", PrinterSettings.Driver.SIMULATED, PrinterSettings.Driver.class),
                value(keys, "printer.host", "127.0.0.1", KioskConfigParser::host),
                integer(keys, "printer.port", 9100, 1, 65535),
                value(keys, "printer.device", Path.of("/dev/usb/lp0"), s -> Path.of(devicePath(s))),
                value(keys, "printer.serialPort", "/dev/ttyUSB0", KioskConfigParser::devicePath),
                integer(keys, "printer.baud", 38400, 1200, 921600),
                options);
    }

    /** Whether the printer draws a QR code or Chinese text itself, or the kiosk sends a raster. */
    private enum Rendering {
        NATIVE,
        RASTER
    }

    /**
     * The {@code backoffice.*} keys, validated by the back office's own reader; it reads them all
     * once any is set.
     */
    private static Optional<BackOfficeConfig> backOffice(ConfigKeys keys) {
        if (!keys.anyStartingWith(BACKOFFICE)) {
            return Optional.empty();
        }
        try {
            return Optional.of(BackOfficeConfig.from(keys.asMap()));
        } catch (IllegalArgumentException e) {
            String message = String.valueOf(e.getMessage());
            int colon = message.indexOf(": ");
            String key = colon > 0 && message.startsWith(BACKOFFICE) ? message.substring(0, colon) : "backoffice.url";
            throw new ConfigException(key, colon > 0 ? message.substring(colon + 2) : message);
        }
    }

    /**
     * The verification page the QR codes open: {@code kiosk.verifyUrl}, or else the fleet's own
     * {@code /c} page when a fleet is configured; with neither, the codes hold the bare payload.
     */
    private static VerificationLink verificationLink(ConfigKeys keys, Optional<BackOfficeConfig> office) {
        VerificationLink configured = value(keys, "kiosk.verifyUrl", null, VerificationLink::to);
        if (configured != null) {
            return configured;
        }
        if (office.isEmpty()) {
            return VerificationLink.none();
        }
        String page = office.get().pageOnFleetHost("/c");
        try {
            return VerificationLink.to(page);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(
                    "kiosk.verifyUrl",
                    "needed: the fleet's page " + page + " (from backoffice.url) cannot be used: " + e.getMessage());
        }
    }

    /**
     * Demo mode only on simulated devices: it seeds demo staff accounts and a closable window, which
     * must never reach a kiosk with a real latch, printer or dock. With a real device the mode must
     * be said, so that a forgotten key cannot start a store kiosk in demo mode.
     */
    private static KioskConfig.Mode mode(ConfigKeys keys, boolean allSimulated) {
        KioskConfig.Mode mode = choice(keys, "kiosk.mode", null, KioskConfig.Mode.class);
        if (mode == null && !allSimulated) {
            throw new ConfigException(
                    "kiosk.mode",
                    "required when a device is real: kiosk.mode=kiosk for a store kiosk (demo mode runs on"
                            + " simulated devices only)");
        }
        if (mode == KioskConfig.Mode.DEMO && !allSimulated) {
            throw new ConfigException(
                    "kiosk.mode",
                    "demo mode runs on simulated devices only; set kiosk.mode=kiosk, or every driver to simulated");
        }
        return mode == null ? KioskConfig.Mode.DEMO : mode;
    }

    private static String location(String text) {
        if (!PlainText.isPlainLine(text, MAX_LOCATION)) {
            throw new IllegalArgumentException(
                    "expected 1 to " + MAX_LOCATION + " characters without control or direction-override characters");
        }
        return text;
    }

    private static Path path(String text) {
        if (!PlainText.isPlain(text)) {
            throw new IllegalArgumentException("a path without control or direction-override characters");
        }
        return Path.of(text);
    }

    /**
     * The data folder, absolute. The ledger's database URL is built from it, where {@code ;} starts
     * a setting, so a folder name holding one is refused here (and again by the ledger).
     */
    private static Path dataDir(String text) {
        if (text.contains(";")) {
            throw new IllegalArgumentException("a folder name must not contain ';'");
        }
        return path(text).toAbsolutePath().normalize();
    }

    /** A host name or an IP address literal. */
    private static String host(String text) {
        if (!text.matches("[A-Za-z0-9]([A-Za-z0-9.-]{0,252})|\\[?[0-9A-Fa-f:.]{2,45}\\]?")) {
            throw new IllegalArgumentException("expected a host name or an IP address");
        }
        return text;
    }

    /** A device file: an absolute path such as /dev/ttyUSB0. */
    private static String devicePath(String text) {
        if (!text.startsWith("/") || !PlainText.isPlain(text)) {
            throw new IllegalArgumentException("expected an absolute device path such as /dev/ttyUSB0");
        }
        return text;
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

    /** The rates the latch firmware can be set to (its holding register 0x0003). */
    private static final List<Integer> LATCH_BAUDS = List.of(9600, 19200, 38400, 57600, 115200);

    private static int latchBaud(String value) {
        try {
            int baud = Integer.parseInt(value);
            if (LATCH_BAUDS.contains(baud)) {
                return baud;
            }
        } catch (NumberFormatException e) {
            // reported below with the values the controllers take
        }
        throw new IllegalArgumentException("expected one of " + LATCH_BAUDS);
    }

    /** A comma-separated list of distinct Modbus unit ids, 1 to 247 each. */
    private static List<Integer> unitIds(String list) {
        List<Integer> ids = new ArrayList<>();
        for (String part : list.split(",", -1)) {
            int id;
            try {
                id = Integer.parseInt(part.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("expected unit ids 1..247 separated by commas");
            }
            if (id < 1 || id > 247) {
                throw new IllegalArgumentException("unit id " + id + " is not in 1..247");
            }
            if (ids.contains(id)) {
                throw new IllegalArgumentException("unit id " + id + " is listed twice");
            }
            ids.add(id);
        }
        return ids;
    }

    private static <T> T value(ConfigKeys keys, String key, T fallback, Function<String, T> parse) {
        String v = keys.get(key);
        if (v == null) {
            return fallback;
        }
        try {
            return parse.apply(v);
        } catch (RuntimeException e) {
            throw new ConfigException(key, "bad value '" + v + "': " + e.getMessage());
        }
    }

    private static <E extends Enum<E>> E choice(ConfigKeys keys, String key, E fallback, Class<E> type) {
        String v = keys.get(key);
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

    private static int integer(ConfigKeys keys, String key, int fallback, int min, int max) {
        String v = keys.get(key);
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

    private static boolean onOff(ConfigKeys keys, String key, boolean fallback) {
        String v = keys.get(key);
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
