package org.cleartrade.core.receipt;

import java.time.Instant;
import java.util.Objects;
import java.util.OptionalInt;
import org.cleartrade.core.certificate.Voucher;
import org.cleartrade.pricing.quote.Money;

/**
 * What the payout voucher prints, once the phone is locked in its bin.
 *
 * @param bin the bin the phone was locked in, when known
 * @param device the phone's name as the seller knows it, e.g. "Google Pixel 7 128 GB"
 * @param qrPayload the QR code's text: the signed payload, or the verification link that carries it
 */
public record VoucherSlip(
        String voucherId,
        String tradeId,
        Money amount,
        Instant issuedAt,
        Instant expiresAt,
        String kioskId,
        OptionalInt bin,
        String device,
        String qrPayload) {

    public VoucherSlip {
        Objects.requireNonNull(voucherId, "voucherId");
        Objects.requireNonNull(tradeId, "tradeId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(kioskId, "kioskId");
        Objects.requireNonNull(bin, "bin");
        Objects.requireNonNull(device, "device");
        if (qrPayload == null || qrPayload.isBlank()) {
            throw new IllegalArgumentException("a voucher needs its signed QR payload");
        }
    }

    public static VoucherSlip of(Voucher voucher, String qrPayload, OptionalInt bin, String device) {
        return new VoucherSlip(
                voucher.voucherId(),
                voucher.tradeId(),
                voucher.amount(),
                voucher.issuedAt(),
                voucher.expiresAt(),
                voucher.kioskId(),
                bin,
                device,
                qrPayload);
    }
}
