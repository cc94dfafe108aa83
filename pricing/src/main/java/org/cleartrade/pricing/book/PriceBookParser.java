package org.cleartrade.pricing.book;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.cleartrade.pricing.book.CatalogModel.Alias;
import org.cleartrade.pricing.book.CatalogModel.Sku;
import org.cleartrade.pricing.quote.CurrencyPolicy;

/**
 * Reads and validates a price book in its text form, format 1.
 *
 * <p>Wire format: UTF-8 text, one record per line, fields separated by a single TAB. Blank lines
 * and lines starting with {@code #} are ignored; a trailing CR is tolerated.
 *
 * <pre>
 * cleartrade-price-book  1                              first record, exactly once
 * version     2026.11.0                                 once
 * issued      2026-11-01T00:00:00Z                      once, ISO-8601 instant
 * notice      DEMO DATA ...                             at most once
 * currencies  USD  CNY  EUR                             once, before any sku
 * model       google-pixel-8  Google  Pixel 8  2023     id, brand, name, release year
 * alias       google-pixel-8  Google  Pixel 8           id, ro.product.manufacturer, ro.product.model
 * alias       samsung-galaxy-s23  samsung  SM-S911*     a trailing * matches by prefix
 * sku         google-pixel-8  128  310.00  2150.00  290.00   id, storage GB, one price per currency
 * retired     google-pixel-4                            withdrawn on purpose
 * </pre>
 *
 * <p>Every model also answers to its own brand and name. Prices are grade-A base prices in major
 * units with at most the currency's minor digits; they are held as exact minor units. All problems
 * are collected and reported together, each naming its line; a book with any problem is refused
 * whole. The rules are listed in {@code docs/pricing.md}.
 */
public final class PriceBookParser {

    static final String MAGIC = "cleartrade-price-book";
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final int MIN_PREFIX = 3;

    /**
     * Problems listed one by one; past these only a count is kept, so a huge book of bad lines
     * gives a refusal of bounded size.
     */
    static final int MAX_PROBLEMS = 100;

    private final String source;
    private final List<String> problems = new ArrayList<>();
    private final Map<String, ModelDraft> models = new LinkedHashMap<>();
    private final Set<String> retired = new HashSet<>();
    private final Map<String, String> header = new HashMap<>();
    private List<CurrencyPolicy> currencies;
    private boolean magicSeen;
    private int unlisted;
    private int lineNumber;

    private PriceBookParser(String source) {
        this.source = source;
    }

    /**
     * Parses and validates a whole book.
     *
     * @param source names the book in error messages (a file, a URL)
     * @throws PriceBookException naming every bad entry
     */
    public static PriceBook parse(String source, String text) throws PriceBookException {
        return new PriceBookParser(source).run(text);
    }

    private PriceBook run(String text) throws PriceBookException {
        try (BufferedReader lines = new BufferedReader(new StringReader(text))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                lineNumber++;
                readLine(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading a string cannot fail", e);
        }
        return build();
    }

    private void readLine(String line) {
        if (line.isBlank() || line.startsWith("#")) {
            return;
        }
        String[] fields = line.split("\t", -1);
        if (!magicSeen) {
            if (fields.length == 2 && fields[0].equals(MAGIC) && fields[1].equals("1")) {
                magicSeen = true;
            } else {
                problem("not a price book of format 1 (expected \"" + MAGIC + "<TAB>1\" first)", line);
            }
            return;
        }
        switch (fields[0]) {
            case "version", "issued", "notice" -> headerField(fields, line);
            case "currencies" -> currencies(fields, line);
            case "model" -> model(fields, line);
            case "alias" -> alias(fields, line);
            case "sku" -> sku(fields, line);
            case "retired" -> retired(fields, line);
            default -> problem("unknown record \"" + fields[0] + "\"", line);
        }
    }

    private void headerField(String[] fields, String line) {
        if (expectFields(fields, 2, line) && !fields[1].isBlank()) {
            if (header.putIfAbsent(fields[0], fields[1].strip()) != null) {
                problem(fields[0] + " given twice", line);
            }
        } else if (fields.length == 2) {
            problem(fields[0] + " is empty", line);
        }
    }

    private void currencies(String[] fields, String line) {
        if (currencies != null) {
            problem("currencies given twice", line);
            return;
        }
        List<CurrencyPolicy> found = new ArrayList<>();
        for (int i = 1; i < fields.length; i++) {
            Optional<CurrencyPolicy> policy = CurrencyPolicy.of(fields[i]);
            if (policy.isEmpty()) {
                problem("unsupported currency \"" + fields[i] + "\"", line);
            } else if (found.contains(policy.get())) {
                problem("currency " + fields[i] + " listed twice", line);
            } else {
                found.add(policy.get());
            }
        }
        if (found.isEmpty()) {
            problem("no currency listed", line);
        }
        currencies = found;
    }

    private void model(String[] fields, String line) {
        if (!expectFields(fields, 5, line) || !validId(fields[1], line)) {
            return;
        }
        if (fields[2].isBlank() || fields[3].isBlank()) {
            problem("model " + fields[1] + " needs a brand and a name", line);
            return;
        }
        int year = parseInt(fields[4], "year", line);
        if (year != Integer.MIN_VALUE && (year < 2010 || year > 2035)) {
            problem("model " + fields[1] + " has an implausible year " + year, line);
            return;
        }
        ModelDraft draft = new ModelDraft(fields[1], fields[2].strip(), fields[3].strip(), year, lineNumber);
        if (models.putIfAbsent(draft.id, draft) != null) {
            problem("model " + fields[1] + " declared twice", line);
        }
    }

    private void alias(String[] fields, String line) {
        if (!expectFields(fields, 4, line)) {
            return;
        }
        ModelDraft draft = declared(fields[1], line);
        if (draft == null) {
            return;
        }
        String manufacturer = fields[2].strip();
        String model = fields[3].strip();
        int star = model.indexOf('*');
        if (manufacturer.isEmpty() || model.isEmpty()) {
            problem("alias of " + draft.id + " needs a manufacturer and a model", line);
        } else if (star >= 0 && (star != model.length() - 1 || star < MIN_PREFIX)) {
            problem("alias of " + draft.id + ": * must end a prefix of at least " + MIN_PREFIX + " characters", line);
        } else {
            draft.aliases.add(new Alias(manufacturer, model));
            draft.aliasLines.add(lineNumber);
        }
    }

    private void sku(String[] fields, String line) {
        if (currencies == null) {
            problem("sku before the currencies line", line);
            return;
        }
        if (!expectFields(fields, 3 + currencies.size(), line)) {
            return;
        }
        ModelDraft draft = declared(fields[1], line);
        int storage = parseInt(fields[2], "storage", line);
        if (draft == null || storage == Integer.MIN_VALUE) {
            return;
        }
        if (storage < 8 || storage > 4096 || Integer.bitCount(storage) != 1) {
            problem(draft.id + ": implausible storage " + storage + " GB (a power of two, 8 to 4096)", line);
            return;
        }
        long[] prices = new long[currencies.size()];
        for (int i = 0; i < prices.length; i++) {
            prices[i] = price(draft.id, storage, currencies.get(i), fields[3 + i], line);
            if (prices[i] < 0) {
                return;
            }
        }
        if (draft.skus.putIfAbsent(storage, new Sku(storage, prices)) != null) {
            problem(draft.id + " " + storage + " GB priced twice", line);
        }
    }

    /** Minor units, or -1 after recording a problem. */
    private long price(String id, int storage, CurrencyPolicy currency, String text, String line) {
        try {
            return PriceText.minorUnits(text, currency);
        } catch (IllegalArgumentException e) {
            problem(id + " " + storage + " GB " + currency.code() + ": " + e.getMessage(), line);
            return -1;
        }
    }

    private void retired(String[] fields, String line) {
        if (expectFields(fields, 2, line) && validId(fields[1], line) && !retired.add(fields[1])) {
            problem("retired " + fields[1] + " listed twice", line);
        }
    }

    private PriceBook build() throws PriceBookException {
        if (!magicSeen) {
            report("empty: no \"" + MAGIC + "<TAB>1\" line");
        }
        Instant issued = issued();
        for (String key : List.of("version", "issued")) {
            if (magicSeen && !header.containsKey(key)) {
                report("missing " + key);
            }
        }
        if (magicSeen && currencies == null) {
            report("missing currencies");
        }
        if (magicSeen && models.isEmpty()) {
            report("no models");
        }
        Map<String, CatalogModel> built = new LinkedHashMap<>();
        Map<String, CatalogModel> byAlias = new HashMap<>();
        Map<String, CatalogModel> byPrefix = new HashMap<>();
        for (ModelDraft draft : models.values()) {
            checkModel(draft);
            CatalogModel model = draft.build();
            built.put(model.id(), model);
            index(model, draft, byAlias, byPrefix);
        }
        if (!problems.isEmpty()) {
            if (unlisted > 0) {
                problems.add("... and " + unlisted + " more problems");
            }
            throw new PriceBookException(source, problems);
        }
        return new PriceBook(
                header.get("version"),
                issued,
                Optional.ofNullable(header.get("notice")),
                currencies.stream().map(CurrencyPolicy::code).toList(),
                built,
                retired,
                byAlias,
                byPrefix);
    }

    private Instant issued() {
        String text = header.get("issued");
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            report("issued \"" + shown(text) + "\" is not an ISO-8601 instant");
            return null;
        }
    }

    private void checkModel(ModelDraft draft) {
        String at = "line " + draft.line + ": model " + draft.id;
        if (draft.skus.isEmpty()) {
            report(at + " has no sku");
        }
        if (retired.contains(draft.id)) {
            report(at + " is both listed and retired");
        }
        long[] previous = null;
        for (Sku sku : draft.skus.values()) {
            for (int i = 0; previous != null && i < previous.length; i++) {
                if (sku.priceMinor(i) < previous[i]) {
                    report(at + ": " + sku.storageGb() + " GB is priced below a smaller variant in "
                            + currencies.get(i).code());
                }
            }
            previous = sku.pricesMinor();
        }
    }

    private void index(
            CatalogModel model, ModelDraft draft, Map<String, CatalogModel> exact, Map<String, CatalogModel> prefix) {
        List<Alias> all = new ArrayList<>(model.aliases());
        all.add(new Alias(model.brand(), model.name()));
        for (int i = 0; i < all.size(); i++) {
            Alias alias = all.get(i);
            String modelText =
                    alias.prefix() ? alias.model().substring(0, alias.model().length() - 1) : alias.model();
            Map<String, CatalogModel> target = alias.prefix() ? prefix : exact;
            CatalogModel other = target.putIfAbsent(ModelNames.key(alias.manufacturer(), modelText), model);
            if (other != null && other != model) {
                int line = i < draft.aliasLines.size() ? draft.aliasLines.get(i) : draft.line;
                report("line " + line + ": alias " + alias.manufacturer() + " / " + alias.model() + " of " + model.id()
                        + " already names " + other.id());
            }
        }
    }

    private ModelDraft declared(String id, String line) {
        ModelDraft draft = models.get(id);
        if (draft == null) {
            problem("model " + id + " is not declared above", line);
        }
        return draft;
    }

    private boolean validId(String id, String line) {
        if (!ID.matcher(id).matches()) {
            problem("\"" + id + "\" is not a model id (lower-case letters, digits, dashes)", line);
            return false;
        }
        return true;
    }

    private int parseInt(String text, String what, String line) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            problem(what + " \"" + text + "\" is not a whole number", line);
            return Integer.MIN_VALUE;
        }
    }

    private boolean expectFields(String[] fields, int count, String line) {
        if (fields.length != count) {
            problem(fields[0] + " needs " + count + " tab-separated fields, found " + fields.length, line);
            return false;
        }
        return true;
    }

    private void problem(String what, String line) {
        String shown = line.length() > 80 ? line.substring(0, 80) + "..." : line;
        report("line " + lineNumber + ": " + shown(what) + "  [" + shown.replace('\t', ' ') + "]");
    }

    private void report(String problem) {
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(problem);
        } else {
            unlisted++;
        }
    }

    /** A problem quoting a field of the line, cut so that one long field cannot flood the report. */
    private static String shown(String what) {
        return what.length() > 200 ? what.substring(0, 200) + "..." : what;
    }

    private static final class ModelDraft {
        final String id;
        final String brand;
        final String name;
        final int year;
        final int line;
        final List<Alias> aliases = new ArrayList<>();
        final List<Integer> aliasLines = new ArrayList<>();
        final TreeMap<Integer, Sku> skus = new TreeMap<>();

        ModelDraft(String id, String brand, String name, int year, int line) {
            this.id = id;
            this.brand = brand;
            this.name = name;
            this.year = year;
            this.line = line;
        }

        CatalogModel build() {
            return new CatalogModel(id, brand, name, year, aliases, skus);
        }
    }
}
