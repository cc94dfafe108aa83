package org.cleartrade.deviceio.dock.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The phone scenarios shipped in the assets module under {@code org/cleartrade/assets/phones/}:
 * {@code index.txt} lists the phones a demo can plug in, one id per line; {@code <id>.phone} holds
 * each scenario (including the after-reset and base ones the index does not list).
 *
 * <p>Thread-safe; scenarios are read once and cached.
 */
public final class PhoneScenarioLibrary {

    private static final String ROOT = "/org/cleartrade/assets/phones/";

    private final Map<String, PhoneScenario> cache = new HashMap<>();
    private final PhoneScenarioParser parser = new PhoneScenarioParser(this::scenario);
    private final Set<String> loading = new HashSet<>();

    /** The ids a demo or test can plug in, in display order. */
    public List<String> pluggableIds() {
        return read("index.txt")
                .lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .toList();
    }

    /** The scenario with this id; an unknown id is an {@link IllegalArgumentException}. */
    public synchronized PhoneScenario scenario(String id) {
        PhoneScenario cached = cache.get(id);
        if (cached != null) {
            return cached;
        }
        if (!id.matches("[a-z0-9-]+") || !loading.add(id)) {
            throw new IllegalArgumentException("phone scenario id is invalid or includes itself: " + id);
        }
        try {
            PhoneScenario scenario = parser.parse(id, read(id + ".phone"));
            cache.put(id, scenario);
            return scenario;
        } finally {
            loading.remove(id);
        }
    }

    private static String read(String name) {
        try (InputStream in = PhoneScenarioLibrary.class.getResourceAsStream(ROOT + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no phone scenario resource " + ROOT + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("reading phone scenario " + name, e);
        }
    }
}
