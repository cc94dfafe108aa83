package org.cleartrade.core.receipt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.cleartrade.core.certificate.VerificationLink;
import org.cleartrade.core.ledger.TradeRecord;
import org.cleartrade.core.session.Phase;
import org.cleartrade.core.session.SessionSnapshot;
import org.cleartrade.deviceio.printer.VirtualPrinter;
import org.cleartrade.ports.dock.DockStatus;
import org.cleartrade.ports.dock.InspectionReport;
import org.cleartrade.ports.printer.ReceiptBlock;
import org.cleartrade.pricing.quote.Money;
import org.junit.jupiter.api.Test;

class SessionReceiptsTest {
    private final SessionReceipts receipts =
            new SessionReceipts(ReceiptSamples.SITE, ZoneId.of("Asia/Shanghai"), ReceiptSamples.LINK);
    private final String certificateQr = VerificationLink.payloadOf(
            new ReceiptSamples().certificateSlip("CNY", true).qrPayload());

    @Test
    void laysOutTheCertificateFromTheSessionInTheSellersLanguage() {
        SessionSnapshot snapshot = snapshot(Phase.PRINTING_CERTIFICATE, false);

        var receipt = receipts.certificate(snapshot);

        String text = CertificateReceiptTest.text(receipt);
        assertThat(text).contains("数据擦除证书", "EC-T2026112300042", "净化 (Purge)", "¥1,450.00", "861234567890128");
        assertThat(receipt.blocks())
                .contains(new ReceiptBlock.Qr("https://fleet.example.com/c#"
                        + certificateQr.replace("%", "%25").replace(" ", "%20")));
    }

    @Test
    void printsTheVoucherWithItsBinAndPayloadOnTheVirtualPrinter() {
        SessionSnapshot snapshot = snapshot(Phase.PRINTING_VOUCHER, true);
        VirtualPrinter printer = new VirtualPrinter();

        printer.print(receipts.voucher(snapshot));

        // The QR block holds the link; that the paper's QR reads back as its block's text, for
        // every receipt and both printer paths, is the codes module's ReceiptsOnPaperTest.
        assertThat(receipts.voucher(snapshot).blocks())
                .containsOnlyOnce(new ReceiptBlock.Qr("https://fleet.example.com/c#VOUCHER-QR"));
        assertThat(printer.emulator().refusals()).isEmpty();
        assertThat(printer.latestReceipt()).isPresent();
        assertThat(CertificateReceiptTest.text(receipts.voucher(snapshot))).contains("手机已锁入仓位 | 3");
    }

    @Test
    void refusesAVoucherBeforeTheSessionIssuedOne() {
        SessionSnapshot snapshot = snapshot(Phase.LOCKING, false);

        assertThatThrownBy(() -> receipts.voucher(snapshot))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("phase: LOCKING")
                .hasMessageContaining("voucher");
    }

    private SessionSnapshot snapshot(Phase phase, boolean withVoucher) {
        Instant now = ReceiptSamples.VERIFIED;
        var phone = new SessionSnapshot.PhoneState(
                DockStatus.empty(),
                Optional.of(new InspectionReport(ReceiptSamples.phone(), ReceiptSamples.checks(), OptionalInt.of(82))),
                SessionSnapshot.PhoneState.NONE.checklist(),
                Optional.of(SessionSnapshot.BlockListResult.CLEAR));
        var offer = new SessionSnapshot.OfferState(Optional.empty(), Optional.of(ReceiptSamples.quote("CNY")));
        var certificate = ReceiptSamples.certificate(true);
        var trade = SessionSnapshot.TradeState.NONE
                .withStatus("T2026112300042", TradeRecord.Status.ERASED)
                .with(new SessionSnapshot.Erasure(
                        Optional.of(certificate.consent()),
                        SessionSnapshot.Erasure.Stage.VERIFIED,
                        Optional.of(certificate.erase()),
                        Optional.of(certificate.verification())))
                .with(new SessionSnapshot.IssuedCertificate(
                        certificate.certificateId(), certificateQr, SessionSnapshot.Handover.PRINTING))
                .with(SessionSnapshot.Deposit.NONE.choose(3));
        if (withVoucher) {
            trade = trade.with(new SessionSnapshot.IssuedVoucher(
                    "4f9c0e7a1b2d3c4e5f60718293a4b5c6",
                    "VOUCHER-QR",
                    new Money(145_000, "CNY"),
                    Instant.parse("2026-11-30T11:06:40Z"),
                    SessionSnapshot.Handover.PRINTING));
        }
        return new SessionSnapshot(
                "S-1",
                40,
                phase,
                39,
                now,
                Optional.empty(),
                "CN",
                "zh-Hans",
                phone,
                offer,
                trade,
                Optional.empty(),
                Optional.empty(),
                List.of(),
                Optional.empty());
    }
}
