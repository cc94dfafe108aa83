package org.cleartrade.pricing.book;

import java.util.Collections;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One phone model of the catalog with its priced storage variants.
 *
 * @param id stable identifier, lower-case letters, digits and dashes ({@code google-pixel-8})
 * @param brand the name sellers know ({@code Samsung})
 * @param name the marketing name ({@code Galaxy S23})
 * @param year the year the model was released
 * @param aliases how phones of this model identify themselves, as Android reports them
 * @param skus the priced storage variants, by storage in GB
 */
public record CatalogModel(
        String id, String brand, String name, int year, List<Alias> aliases, NavigableMap<Integer, Sku> skus) {

    public CatalogModel {
        aliases = List.copyOf(aliases);
        skus = Collections.unmodifiableNavigableMap(new TreeMap<>(skus));
    }

    /** "Samsung Galaxy S23": what the seller reads. */
    public String displayName() {
        return brand + " " + name;
    }

    public Optional<Sku> sku(int storageGb) {
        return Optional.ofNullable(skus.get(storageGb));
    }

    /**
     * A manufacturer and model string as Android reports them ({@code ro.product.manufacturer},
     * {@code ro.product.model}). A model ending in {@code *} matches every model string that starts
     * with the part before it, so {@code SM-S911*} covers the regional variants SM-S911B, SM-S911U...
     */
    public record Alias(String manufacturer, String model) {
        public boolean prefix() {
            return model.endsWith("*");
        }
    }

    /**
     * One storage variant and its grade-A base price in each of the book's currencies.
     *
     * @param pricesMinor minor units, indexed like {@link PriceBook#currencies()}
     */
    public record Sku(int storageGb, long[] pricesMinor) {
        public Sku {
            pricesMinor = pricesMinor.clone();
        }

        public long priceMinor(int currencyIndex) {
            return pricesMinor[currencyIndex];
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Sku sku
                    && sku.storageGb == storageGb
                    && java.util.Arrays.equals(sku.pricesMinor, pricesMinor);
        }

        @Override
        public int hashCode() {
            return 31 * storageGb + java.util.Arrays.hashCode(pricesMinor);
        }

        @Override
        public String toString() {
            return "Sku[" + storageGb + " GB " + java.util.Arrays.toString(pricesMinor) + "]";
        }
    }
}
