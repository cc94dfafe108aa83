package org.cleartrade.core.receipt;

import java.util.Objects;
import org.cleartrade.ports.dock.Check;
import org.cleartrade.ports.dock.PhoneIdentity;
import org.cleartrade.ports.printer.Receipt;
import org.cleartrade.ports.printer.ReceiptBlock.Align;
import org.cleartrade.pricing.quote.Quote;

/**
 * The erasure certificate and price quote, printed after a verified erase: the device, the NIST
 * SP 800-88 fields of the erase and its verification as observed (never more), the seller's
 * consent time, the lock states found before the erase, the quote with its breakdown, and the
 * signed QR that anyone can verify offline.
 */
public final class CertificateReceipt {
    private final ReceiptCopy copy;

    public CertificateReceipt(ReceiptCopy copy) {
        this.copy = Objects.requireNonNull(copy, "copy");
    }

    public Receipt compose(CertificateSlip slip) {
        ReceiptLayout layout = new ReceiptLayout(copy).heading("certificate.title", slip.kioskId(), slip.issuedAt());
        layout.field("certificate.id", slip.certificateId())
                .field("trade.id", slip.tradeId())
                .field("issued", copy.time(slip.issuedAt()))
                .paragraph("location", slip.location())
                .rule();
        device(layout, slip.phone());
        erasure(layout, slip);
        checks(layout, slip);
        quote(layout, slip.quote());
        return layout.qr(slip.qrPayload(), "certificate.qr")
                .centered(slip.certificateId())
                .feed(1)
                .text(copy.text("certificate.keep"))
                .build(copy.text("certificate.title") + " " + slip.certificateId());
    }

    private void device(ReceiptLayout layout, PhoneIdentity phone) {
        layout.section("device")
                .text(deviceName(phone))
                .field("device.model", phone.model())
                .field("device.storage", phone.storageGb() > 0 ? phone.storageGb() + " GB" : copy.text("unknown"))
                .field("device.serial", phone.serial())
                .field("device.imei", phone.imei().orElse(copy.text("device.imei.hidden")))
                .field("device.os", phone.osName() + " " + phone.osVersion())
                .rule();
    }

    private void erasure(ReceiptLayout layout, CertificateSlip slip) {
        boolean verified = slip.verification().verified();
        ErasureWords words = new ErasureWords(copy);
        layout.section("erase")
                .field(
                        "erase.category",
                        copy.text("erase.category." + slip.category().name()))
                .paragraph("erase.method", words.method(slip.erase()))
                .paragraph(
                        "erase.tool", slip.erase().tool() + " " + slip.erase().toolVersion())
                .field("erase.consent", copy.time(slip.consentAt()))
                .field("erase.started", copy.time(slip.erase().at()))
                .emphasis(copy.text(verified ? "erase.verified" : "erase.unverified"), Align.LEFT, 1)
                .paragraph("erase.verification", words.verifiedBy(slip.verification()))
                .paragraph(
                        "erase.observed",
                        words.observed(slip.verification(), slip.phone().serial()))
                .field("erase.destination", copy.text("erase.destination.bin"))
                .rule();
    }

    private void checks(ReceiptLayout layout, CertificateSlip slip) {
        if (slip.preEraseChecks().isEmpty()) {
            return;
        }
        layout.section("checks");
        for (Check check : slip.preEraseChecks()) {
            layout.columns(
                    copy.text("check." + check.kind().name()),
                    copy.text("verdict." + check.verdict().name()),
                    check.verdict() == Check.Verdict.FAIL);
        }
        layout.rule();
    }

    private void quote(ReceiptLayout layout, Quote quote) {
        layout.section("quote")
                .text(quote.modelName() + (quote.storageGb() > 0 ? " " + quote.storageGb() + " GB" : ""))
                .field("quote.base", copy.money(quote.basePrice()))
                .field("quote.grade", quote.grade().name());
        for (Quote.Deduction deduction : quote.deductions()) {
            layout.columns(
                    copy.textOr(deduction.reasonKey(), deduction.reasonKey()),
                    "-" + copy.money(deduction.amount()),
                    false);
        }
        layout.columns(copy.text("quote.offer"), copy.money(quote.offer()), true)
                .field("quote.valid", copy.time(quote.validUntil()))
                .field("quote.id", quote.quoteId())
                .rule();
    }

    static String deviceName(PhoneIdentity phone) {
        String name = phone.marketName().isBlank() ? phone.model() : phone.marketName();
        return name.regionMatches(
                        true, 0, phone.manufacturer(), 0, phone.manufacturer().length())
                ? name
                : phone.manufacturer() + " " + name;
    }
}
