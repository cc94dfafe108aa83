package org.cleartrade.deviceio.dock.iphone;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import org.cleartrade.deviceio.dock.ios.PlistMessage;

/**
 * The iPhone scenarios shipped in the assets module under {@code org/cleartrade/assets/iphones/}:
 * {@code index.txt} lists the phones a demo can plug in, one id per line; {@code <id>.plist} holds
 * each scenario, an XML property list (values typed as lockdownd types them):
 *
 * <pre>
 * Title               string, required
 * Include             string: start from another scenario; dictionaries merge key by key
 * Values              dict: the default lockdown domain
 * Domains             dict of dicts: other lockdown domains by name
 * Unpaired            array of strings: default-domain keys given without a session
 * PowerSource         dict: IORegistry IOPMPowerSource (omit: diagnostics has no battery entry)
 * CloudConfiguration  dict: MCInstall GetCloudConfiguration (default: not supervised)
 * Behaviour           dict:
 *   LockedOnPlug         bool, default false
 *   Erase                string acknowledge | close | refuse, default acknowledge
 *   EraseRefusal         dict: the refusal answer (Status, ErrorChain)
 *   EraseSeconds         integer, default 90
 *   ReturnsAs            string: scenario after the erase; absent: never comes back
 *   UnplugAfterRequests  integer: lockdown requests inside sessions answered before the cable is pulled
 * </pre>
 *
 * A malformed file is an {@link IllegalArgumentException} naming the scenario and the key.
 * Thread-safe; scenarios are read once and cached.
 */
public final class IphoneScenarioLibrary {

    private static final String ROOT = "/org/cleartrade/assets/iphones/";

    private final Map<String, IphoneScenario> cache = new HashMap<>();
    private final Map<String, PlistMessage> raw = new HashMap<>();
    private final Set<String> loading = new HashSet<>();

    /** The ids a demo or test can plug in, in display order. */
    public List<String> pluggableIds() {
        return new String(read("index.txt"), StandardCharsets.UTF_8)
                .lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .toList();
    }

    /** Whether {@code id} names an iPhone scenario of this library. */
    public boolean has(String id) {
        return id.matches("[a-z0-9-]+") && IphoneScenarioLibrary.class.getResource(ROOT + id + ".plist") != null;
    }

    /** The scenario with this id; an unknown id is an {@link IllegalArgumentException}. */
    public synchronized IphoneScenario scenario(String id) {
        IphoneScenario cached = cache.get(id);
        if (cached != null) {
            return cached;
        }
        IphoneScenario scenario = build(id, merged(id));
        cache.put(id, scenario);
        return scenario;
    }

    /** Parses one scenario from its text, resolving includes from this library. */
    public IphoneScenario parse(String id, String plistText) {
        return build(id, withIncludes(id, parseText(id, plistText.getBytes(StandardCharsets.UTF_8))));
    }

    private PlistMessage merged(String id) {
        PlistMessage cached = raw.get(id);
        if (cached != null) {
            return cached;
        }
        if (!id.matches("[a-z0-9-]+") || !loading.add(id)) {
            throw new IllegalArgumentException("iPhone scenario id is invalid or includes itself: " + id);
        }
        try {
            PlistMessage m = withIncludes(id, parseText(id, read(id + ".plist")));
            raw.put(id, m);
            return m;
        } finally {
            loading.remove(id);
        }
    }

    private PlistMessage withIncludes(String id, PlistMessage own) {
        Optional<String> include = own.string("Include");
        if (include.isEmpty()) {
            return own;
        }
        PlistMessage base = merged(include.get());
        PlistMessage out = base.merged(own).with("Include", null);
        for (String dict : List.of("Values", "Behaviour", "Domains")) {
            PlistMessage mergedDict = base.dict(dict).orElse(PlistMessage.of());
            PlistMessage ownDict = own.dict(dict).orElse(PlistMessage.of());
            if (dict.equals("Domains")) {
                for (String domain : ownDict.keys()) {
                    mergedDict = mergedDict.with(
                            domain,
                            mergedDict
                                    .dict(domain)
                                    .orElse(PlistMessage.of())
                                    .merged(ownDict.dict(domain).orElseThrow()));
                }
            } else {
                mergedDict = mergedDict.merged(ownDict);
            }
            out = out.with(dict, mergedDict);
        }
        return out;
    }

    private static IphoneScenario build(String id, PlistMessage m) {
        String title = m.string("Title").filter(t -> !t.isBlank()).orElseThrow(() -> bad(id, "Title", "is required"));
        PlistMessage values = m.dict("Values").orElseThrow(() -> bad(id, "Values", "is required"));
        for (String key : List.of("ProductType", "SerialNumber", "UniqueDeviceID", "ActivationState")) {
            if (values.string(key).isEmpty()) {
                throw bad(id, "Values." + key, "is required");
            }
        }
        Map<String, PlistMessage> domains = new LinkedHashMap<>();
        PlistMessage d = m.dict("Domains").orElse(PlistMessage.of());
        for (String name : d.keys()) {
            domains.put(name, d.dict(name).orElseThrow(() -> bad(id, "Domains." + name, "must be a dictionary")));
        }
        Set<String> unpaired = new HashSet<>();
        m.value("Unpaired").ifPresent(v -> {
            if (!(v instanceof com.dd.plist.NSArray array)) {
                throw bad(id, "Unpaired", "must be an array of strings");
            }
            for (com.dd.plist.NSObject o : array.getArray()) {
                unpaired.add(o.toJavaObject().toString());
            }
        });
        PlistMessage b = m.dict("Behaviour").orElse(PlistMessage.of());
        IphoneScenario.Erase erase;
        try {
            erase = IphoneScenario.Erase.valueOf(
                    b.string("Erase").orElse("acknowledge").toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw bad(id, "Behaviour.Erase", "must be acknowledge, close or refuse");
        }
        OptionalLong seconds = b.integer("EraseSeconds");
        OptionalLong unplug = b.integer("UnplugAfterRequests");
        return new IphoneScenario(
                id,
                title,
                values,
                domains,
                unpaired,
                m.dict("PowerSource"),
                m.dict("CloudConfiguration").orElse(PlistMessage.of("IsSupervised", false)),
                b.bool("LockedOnPlug").orElse(false),
                erase,
                b.dict("EraseRefusal").orElse(PlistMessage.of("Status", "Error")),
                Duration.ofSeconds(seconds.orElse(90)),
                b.string("ReturnsAs"),
                unplug.isPresent() ? OptionalInt.of((int) unplug.getAsLong()) : OptionalInt.empty());
    }

    private static PlistMessage parseText(String id, byte[] bytes) {
        try {
            return PlistMessage.parse(bytes);
        } catch (IOException e) {
            throw new IllegalArgumentException("iPhone scenario " + id + ": " + e.getMessage(), e);
        }
    }

    private static IllegalArgumentException bad(String id, String key, String rule) {
        return new IllegalArgumentException("iPhone scenario " + id + ": " + key + " " + rule);
    }

    private static byte[] read(String name) {
        try (InputStream in = IphoneScenarioLibrary.class.getResourceAsStream(ROOT + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no iPhone scenario resource " + ROOT + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("reading iPhone scenario " + name, e);
        }
    }
}
