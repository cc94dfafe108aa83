package org.cleartrade.pricing.book;

import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An immutable, validated price book: the model catalog, the priced storage variants and the
 * currencies they are priced in. Build one with {@link PriceBookParser}; a book that exists has
 * passed every check in {@code docs/pricing.md}.
 *
 * <p>Threading: immutable, safe to share; the live book is swapped as a whole ({@link LivePriceBook}).
 */
public final class PriceBook {

    private final String version;
    private final Instant issuedAt;
    private final Optional<String> notice;
    private final List<String> currencies;
    private final Map<String, CatalogModel> models;
    private final Set<String> retired;
    private final Map<String, CatalogModel> byAlias;
    private final Map<String, CatalogModel> byAliasPrefix;
    private final int shortestPrefix;

    PriceBook(
            String version,
            Instant issuedAt,
            Optional<String> notice,
            List<String> currencies,
            Map<String, CatalogModel> models,
            Set<String> retired,
            Map<String, CatalogModel> byAlias,
            Map<String, CatalogModel> byAliasPrefix) {
        this.version = version;
        this.issuedAt = issuedAt;
        this.notice = notice;
        this.currencies = List.copyOf(currencies);
        this.models = Collections.unmodifiableMap(new LinkedHashMap<>(models));
        this.retired = Set.copyOf(retired);
        this.byAlias = Map.copyOf(byAlias);
        this.byAliasPrefix = Map.copyOf(byAliasPrefix);
        this.shortestPrefix =
                byAliasPrefix.keySet().stream().mapToInt(String::length).min().orElse(Integer.MAX_VALUE);
    }

    /** The publisher's name for this edition, e.g. {@code 2026.11.0}. */
    public String version() {
        return version;
    }

    /** When the publisher issued this edition; a successor must be issued later. */
    public Instant issuedAt() {
        return issuedAt;
    }

    /** A line for operators, e.g. that the book holds demo data. */
    public Optional<String> notice() {
        return notice;
    }

    /** ISO 4217 codes, in the order of {@link CatalogModel.Sku#pricesMinor()}. */
    public List<String> currencies() {
        return currencies;
    }

    /** Index of a currency in the price columns, or -1 when the book does not price it. */
    public int currencyIndex(String currency) {
        return currencies.indexOf(currency);
    }

    /** Every model, in book order. */
    public Collection<CatalogModel> models() {
        return models.values();
    }

    public Optional<CatalogModel> model(String modelId) {
        return Optional.ofNullable(models.get(modelId));
    }

    /** Model ids this edition withdraws on purpose; they may be missing from it. */
    public Set<String> retired() {
        return retired;
    }

    public int skuCount() {
        return models.values().stream().mapToInt(m -> m.skus().size()).sum();
    }

    /**
     * Finds the model a phone identifies as. An exact alias wins; otherwise the longest prefix
     * alias that matches.
     */
    public Optional<CatalogModel> identify(String manufacturer, String model) {
        String key = ModelNames.key(manufacturer, model);
        CatalogModel exact = byAlias.get(key);
        if (exact != null) {
            return Optional.of(exact);
        }
        for (int end = key.length(); end >= shortestPrefix; end--) {
            CatalogModel match = byAliasPrefix.get(key.substring(0, end));
            if (match != null) {
                return Optional.of(match);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return "PriceBook[" + version + ", issued " + issuedAt + ", " + models.size() + " models, " + skuCount()
                + " SKUs, " + currencies + "]";
    }
}
