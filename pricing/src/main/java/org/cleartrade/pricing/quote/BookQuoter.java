package org.cleartrade.pricing.quote;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.cleartrade.pricing.book.CatalogModel;
import org.cleartrade.pricing.book.PriceBook;
import org.cleartrade.pricing.grading.Grade;
import org.cleartrade.pricing.grading.GradingRules;
import org.cleartrade.pricing.quote.QuoteDecision.Refusal;
import org.cleartrade.pricing.quote.QuoteDecision.RefusalReason;

/**
 * Quotes from the price book in force and the {@link GradingRules}.
 *
 * <ol>
 *   <li>Refuse a blocked IMEI, then a model or storage variant the book does not price, then a phone
 *       whose account lock is still armed.
 *   <li>Take the grade-A base price of the variant in the requested currency.
 *   <li>Deduct each finding in order, never below the grade's floor; each deduction is rounded down
 *       to the minor unit, in the seller's favour.
 *   <li>Round the offer down to the currency's step, shown as its own deduction.
 *   <li>Refuse with {@code NO_VALUE} when the offer is under the currency's minimum.
 * </ol>
 *
 * <p>The quote id is a hash of the session, the identified variant, the answers, the currency and
 * the book version, so asking twice gives the same quote. The quote is valid for a fixed window from
 * the injected clock's instant, truncated to the second.
 *
 * <p>Threading: stateless apart from the book supplier; safe for concurrent use.
 */
public final class BookQuoter implements Quoter {

    /** How long a quote stands unless configured otherwise. */
    public static final Duration DEFAULT_VALIDITY = Duration.ofMinutes(15);

    private static final long FULL = 10_000;

    private final Supplier<PriceBook> books;
    private final GradingRules rules;
    private final Clock clock;
    private final Duration validity;

    public BookQuoter(Supplier<PriceBook> books, GradingRules rules, Clock clock, Duration validity) {
        this.books = Objects.requireNonNull(books, "books");
        this.rules = Objects.requireNonNull(rules, "rules");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (validity.isNegative() || validity.isZero()) {
            throw new IllegalArgumentException("quote validity must be positive, was " + validity);
        }
        this.validity = validity;
    }

    public BookQuoter(Supplier<PriceBook> books, Clock clock) {
        this(books, new GradingRules(), clock, DEFAULT_VALIDITY);
    }

    /**
     * @throws IllegalStateException when the book in force does not price the requested currency,
     *     a configuration error the kiosk checks at start
     */
    @Override
    public QuoteDecision quote(QuoteRequest request) {
        Objects.requireNonNull(request.sessionId(), "sessionId");
        Objects.requireNonNull(request.manufacturer(), "manufacturer");
        Objects.requireNonNull(request.model(), "model");
        Objects.requireNonNull(request.batteryHealthPercent(), "batteryHealthPercent");
        Objects.requireNonNull(request.condition(), "condition");
        CurrencyPolicy currency = CurrencyPolicy.require(request.currency());
        PriceBook book = books.get();
        int column = book.currencyIndex(currency.code());
        if (column < 0) {
            throw new IllegalStateException(
                    "price book " + book.version() + " does not price " + currency.code() + ": " + book.currencies());
        }
        if (request.blocked()) {
            return new Refusal(RefusalReason.IMEI_BLOCKED, "the IMEI is on a block list");
        }
        Optional<CatalogModel> model = book.identify(request.manufacturer(), request.model());
        if (model.isEmpty()) {
            return new Refusal(
                    RefusalReason.UNSUPPORTED_MODEL,
                    request.manufacturer() + " " + request.model() + " is not in price book " + book.version());
        }
        Optional<CatalogModel.Sku> sku = model.get().sku(request.storageGb());
        if (sku.isEmpty()) {
            return new Refusal(
                    RefusalReason.UNSUPPORTED_MODEL,
                    model.get().displayName() + " with " + request.storageGb() + " GB is not in price book "
                            + book.version());
        }
        if (request.locked()) {
            return new Refusal(RefusalReason.ACCOUNT_LOCKED, "an account lock (FRP or activation lock) is armed");
        }
        return offer(request, book, model.get(), sku.get().priceMinor(column), currency);
    }

    private QuoteDecision offer(
            QuoteRequest request, PriceBook book, CatalogModel model, long base, CurrencyPolicy currency) {
        Grade grade = rules.grade(request.condition());
        long floor = -Math.floorDiv(-Math.multiplyExact(base, rules.floorBasisPoints(grade)), FULL);
        long allowance = base - floor;
        List<Quote.Deduction> deductions = new ArrayList<>(6);
        long taken = 0;
        for (GradingRules.Finding finding : rules.findings(request.condition(), request.batteryHealthPercent())) {
            long amount = Math.min(Math.multiplyExact(base, finding.basisPoints()) / FULL, allowance - taken);
            taken += amount;
            deductions.add(new Quote.Deduction(finding.reasonKey(), new Money(amount, currency.code())));
        }
        long remainder = (base - taken) % currency.offerStep();
        if (remainder > 0) {
            deductions.add(new Quote.Deduction("deduction.rounding", new Money(remainder, currency.code())));
        }
        long offer = base - taken - remainder;
        if (offer < currency.minimumOffer()) {
            return new Refusal(
                    RefusalReason.NO_VALUE,
                    "offer " + currency.format(offer) + " is under the minimum of "
                            + currency.format(currency.minimumOffer()));
        }
        return new QuoteDecision.Offer(new Quote(
                quoteId(request, book, model),
                model.id(),
                model.displayName(),
                request.storageGb(),
                grade,
                new Money(base, currency.code()),
                deductions,
                new Money(offer, currency.code()),
                clock.instant().truncatedTo(ChronoUnit.SECONDS).plus(validity),
                book.version()));
    }

    private static String quoteId(QuoteRequest request, PriceBook book, CatalogModel model) {
        String canonical = String.join(
                "\n",
                "quote/1",
                request.sessionId(),
                model.id(),
                Integer.toString(request.storageGb()),
                request.batteryHealthPercent().isPresent()
                        ? Integer.toString(request.batteryHealthPercent().getAsInt())
                        : "-",
                request.condition().toString(),
                request.currency(),
                book.version());
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return "Q-" + HexFormat.of().formatHex(hash, 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
