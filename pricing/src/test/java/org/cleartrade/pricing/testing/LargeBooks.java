package org.cleartrade.pricing.testing;

/** Synthetic price books of any size, for benchmarks. */
public final class LargeBooks {

    private static final int[] STORAGE = {64, 128, 256, 512};

    private LargeBooks() {}

    /** {@code models} models with four storage variants each, priced in USD, CNY and EUR. */
    public static String text(String version, String issued, int models) {
        StringBuilder text = new StringBuilder(models * 200);
        text.append("cleartrade-price-book\t1\nversion\t")
                .append(version)
                .append("\nissued\t")
                .append(issued)
                .append("\ncurrencies\tUSD\tCNY\tEUR\n");
        for (int m = 0; m < models; m++) {
            String id = "bench-model-" + m;
            text.append("model\t")
                    .append(id)
                    .append("\tBench\tModel ")
                    .append(m)
                    .append("\t2024\n");
            text.append("alias\t").append(id).append("\tbench\tBM-").append(m).append("*\n");
            for (int s = 0; s < STORAGE.length; s++) {
                int usd = 100 + (m % 900) + 40 * s;
                text.append("sku\t")
                        .append(id)
                        .append('\t')
                        .append(STORAGE[s])
                        .append('\t')
                        .append(usd)
                        .append(".00\t")
                        .append(usd * 7)
                        .append(".00\t")
                        .append(usd - usd / 10)
                        .append(".00\n");
            }
        }
        return text.toString();
    }
}
