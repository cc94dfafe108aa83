package org.cleartrade.deviceio.dock.scenario;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cleartrade.deviceio.dock.android.ShellResult;

/**
 * Reads the phone scenario format (UTF-8 text).
 *
 * <pre>
 * # comment (header only)
 * title: Google Pixel 8, Android 14, signed out      (required)
 * include: android-14-base       optional: start from another scenario, then override
 * authorization: granted | pending                    default granted
 * unplug-after-commands: 3                            optional
 * reset-on: am broadcast -a ...                       optional
 * reset-returns-as: pixel-8-fresh                     required with reset-on
 * reset-offline: PT2S                                 ISO-8601 duration, default PT2S
 * adb-shell: v2 | legacy                              default v2
 * usb-debugging: on | off                             default on; off = on USB, never on adb
 * usb-serial: 35011JEHN17403                          USB descriptor serial, default ro.serialno
 * modem-imei: 356938035643809,356938035643817         IMEI(s) the modem holds, per slot; only a
 *                                                     device owner reads them (Android 10+)
 *
 * === props
 * ro.product.model=Pixel 8                            one property per line
 * === stdout: dumpsys battery                         what the command prints, verbatim
 * ...
 * === stdout exit=255: dpm set-device-owner ...       with its exit status (default 0)
 * === stderr exit=255: dpm set-device-owner ...       stderr for the same command
 * </pre>
 *
 * Trailing blank lines of a section are dropped. {@code getprop} and {@code getprop KEY} are
 * answered from the props section. A malformed file is an {@link IllegalArgumentException} naming
 * the scenario and line.
 */
public final class PhoneScenarioParser {

    private static final Pattern SECTION =
            Pattern.compile("^=== (?:(props)|(stdout|stderr)(?: exit=(\\d{1,3}))?: (.+))$");

    private final Function<String, PhoneScenario> includes;

    /** @param includes resolves an {@code include:} id to its scenario */
    public PhoneScenarioParser(Function<String, PhoneScenario> includes) {
        this.includes = includes;
    }

    public PhoneScenario parse(String id, String text) {
        String[] lines = text.split("\r?\n", -1);
        Map<String, String> header = new LinkedHashMap<>();
        int i = 0;
        for (; i < lines.length && !lines[i].startsWith("=== "); i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw bad(id, i, "expected 'key: value'");
            }
            header.put(
                    line.substring(0, colon).strip(), line.substring(colon + 1).strip());
        }
        Optional<PhoneScenario> base =
                Optional.ofNullable(header.get("include")).map(includes);
        Map<String, String> props =
                new LinkedHashMap<>(base.map(PhoneScenario::properties).orElse(Map.of()));
        Map<String, ShellResult> commands =
                new LinkedHashMap<>(base.map(PhoneScenario::commands).orElse(Map.of()));
        readSections(id, lines, i, props, commands);
        return build(id, header, base, props, commands);
    }

    private static void readSections(
            String id, String[] lines, int start, Map<String, String> props, Map<String, ShellResult> commands) {
        Map<String, ShellResult> overridden = new LinkedHashMap<>();
        int i = start;
        while (i < lines.length) {
            Matcher m = SECTION.matcher(lines[i]);
            if (!m.matches()) {
                throw bad(id, i, "expected a '=== props' or '=== stdout: <command>' line");
            }
            int end = i + 1;
            while (end < lines.length && !lines[end].startsWith("=== ")) {
                end++;
            }
            int last = end;
            while (last > i + 1 && lines[last - 1].isBlank()) {
                last--;
            }
            if (m.group(1) != null) {
                for (int p = i + 1; p < last; p++) {
                    int eq = lines[p].indexOf('=');
                    if (eq <= 0) {
                        throw bad(id, p, "expected 'key=value'");
                    }
                    props.put(
                            lines[p].substring(0, eq).strip(),
                            lines[p].substring(eq + 1).strip());
                }
            } else {
                String body =
                        last > i + 1 ? String.join("\n", java.util.Arrays.copyOfRange(lines, i + 1, last)) + "\n" : "";
                String command = m.group(4).strip();
                ShellResult before = overridden.getOrDefault(command, ShellResult.of(0, "", ""));
                int exit = m.group(3) == null ? before.exitCode().orElse(0) : Integer.parseInt(m.group(3));
                ShellResult merged = m.group(2).equals("stdout")
                        ? ShellResult.of(exit, body, before.stderr())
                        : ShellResult.of(exit, before.stdout(), body);
                overridden.put(command, merged);
            }
            i = end;
        }
        commands.putAll(overridden);
    }

    private static PhoneScenario build(
            String id,
            Map<String, String> h,
            Optional<PhoneScenario> base,
            Map<String, String> props,
            Map<String, ShellResult> commands) {
        String title = h.get("title");
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("phone scenario " + id + ": 'title' is required");
        }
        boolean authorized = switch (h.getOrDefault(
                "authorization",
                base.map(b -> b.authorizedOnPlug() ? "granted" : "pending").orElse("granted"))) {
            case "granted" -> true;
            case "pending" -> false;
            default ->
                throw new IllegalArgumentException(
                        "phone scenario " + id + ": 'authorization' must be granted or pending");
        };
        OptionalInt unplugAfter = OptionalInt.empty();
        if (h.containsKey("unplug-after-commands")) {
            try {
                unplugAfter = OptionalInt.of(Integer.parseInt(h.get("unplug-after-commands")));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(
                        "phone scenario " + id + ": 'unplug-after-commands' must be a number", e);
            }
        }
        Optional<String> resetOn = Optional.ofNullable(h.get("reset-on"));
        Optional<String> returnsAs = Optional.ofNullable(h.get("reset-returns-as"));
        if (resetOn.isPresent() != returnsAs.isPresent()) {
            throw new IllegalArgumentException(
                    "phone scenario " + id + ": 'reset-on' and 'reset-returns-as' go together");
        }
        Duration offline;
        try {
            offline = Duration.parse(h.getOrDefault("reset-offline", "PT2S"));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "phone scenario " + id + ": 'reset-offline' must be an ISO-8601 duration", e);
        }
        boolean v2 = switch (h.getOrDefault("adb-shell", "v2")) {
            case "v2" -> true;
            case "legacy" -> false;
            default ->
                throw new IllegalArgumentException("phone scenario " + id + ": 'adb-shell' must be v2 or legacy");
        };
        boolean usbDebugging = switch (h.getOrDefault(
                "usb-debugging", base.map(b -> b.usbDebugging() ? "on" : "off").orElse("on"))) {
            case "on" -> true;
            case "off" -> false;
            default ->
                throw new IllegalArgumentException("phone scenario " + id + ": 'usb-debugging' must be on or off");
        };
        Optional<String> usbSerial =
                Optional.ofNullable(h.get("usb-serial")).or(() -> base.flatMap(PhoneScenario::declaredUsbSerial));
        List<String> modemImeis = Optional.ofNullable(h.get("modem-imei"))
                .map(v -> List.of(v.split("\\s*,\\s*")))
                .or(() -> base.map(PhoneScenario::modemImeis))
                .orElse(List.of());
        return new PhoneScenario(
                id,
                title,
                authorized,
                unplugAfter,
                resetOn,
                returnsAs,
                offline,
                v2,
                usbDebugging,
                usbSerial,
                modemImeis,
                props,
                commands);
    }

    private static IllegalArgumentException bad(String id, int line, String expected) {
        return new IllegalArgumentException("phone scenario " + id + " line " + (line + 1) + ": " + expected);
    }
}
