package org.cleartrade.backoffice.outbox;

import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.cleartrade.backoffice.FleetEndpoint;
import org.cleartrade.backoffice.FleetError;
import org.cleartrade.backoffice.pricebook.PriceBookStatus;
import org.cleartrade.core.ledger.HighWaterMark;
import org.cleartrade.core.outbox.OutboxDocument;
import org.cleartrade.core.outbox.OutboxDocuments;

/**
 * Tells the fleet service this kiosk is alive, which price book it quotes from and how far its
 * ledger has got (its high-water mark), so the fleet sees a ledger that went back.
 *
 * <p>Wire format: {@code POST v1/heartbeat} (signed) with a {@code heartbeat} document, version 1
 * (docs/outbox.md):
 *
 * <pre>
 * {"type":"heartbeat","version":1,"kioskId":"k-17","at":"2026-11-23T10:00:00Z",
 *  "priceBook":{"version":"2026.11.0","issuedAt":"2026-11-01T00:00:00Z","source":"DOWNLOADED"},
 *  "ledgerMark":{"ledgerId":"3f1c…","journalEntries":1234,"auditLinks":567,"auditHead":"9ab0…"}}
 * </pre>
 *
 * answered by any 2xx.
 */
public final class HttpHeartbeat {

    private static final MediaType JSON_TYPE = MediaType.get("application/json");

    private final FleetEndpoint endpoint;
    private final String kioskId;
    private final Supplier<PriceBookStatus> priceBook;
    private final Supplier<Optional<HighWaterMark>> ledgerMark;
    private final Clock clock;

    public HttpHeartbeat(FleetEndpoint endpoint, String kioskId, Supplier<PriceBookStatus> priceBook, Clock clock) {
        this(endpoint, kioskId, priceBook, Optional::empty, clock);
    }

    /** @param ledgerMark the ledger's mark as of its last synced commit; empty leaves it out */
    public HttpHeartbeat(
            FleetEndpoint endpoint,
            String kioskId,
            Supplier<PriceBookStatus> priceBook,
            Supplier<Optional<HighWaterMark>> ledgerMark,
            Clock clock) {
        this.endpoint = endpoint;
        this.kioskId = kioskId;
        this.priceBook = priceBook;
        this.ledgerMark = ledgerMark;
        this.clock = clock;
    }

    /** @throws IOException when the back office cannot be reached or does not accept the beat */
    public void beat() throws IOException {
        PriceBookStatus book = priceBook.get();
        OutboxDocument document = OutboxDocuments.heartbeat(
                kioskId,
                clock.instant(),
                book.version(),
                book.issuedAt(),
                book.source().name(),
                ledgerMark.get());
        Request request = new Request.Builder()
                .url(endpoint.url("v1/heartbeat"))
                .post(RequestBody.create(document.json(), JSON_TYPE))
                .build();
        try (Response response = endpoint.call(request)) {
            if (!response.isSuccessful()) {
                throw new IOException("heartbeat answered HTTP " + response.code() + " "
                        + FleetError.of(FleetEndpoint.readBounded(response, 16 * 1024)));
            }
        }
    }
}
