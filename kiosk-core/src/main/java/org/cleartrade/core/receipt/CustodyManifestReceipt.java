package org.cleartrade.core.receipt;

import java.util.Objects;
import org.cleartrade.core.operator.CustodyManifest;
import org.cleartrade.core.operator.Discrepancy;
import org.cleartrade.core.operator.ManifestSigner;
import org.cleartrade.ports.printer.Receipt;

/**
 * The operator's chain-of-custody manifest of one restock: every phone released from its bin,
 * every discrepancy, and a QR with the manifest id, key id and Ed25519 signature so the back
 * office can match the paper to the signed record.
 */
public final class CustodyManifestReceipt {
    private final ReceiptCopy copy;

    public CustodyManifestReceipt(ReceiptCopy copy) {
        this.copy = Objects.requireNonNull(copy, "copy");
    }

    /** The QR text: {@code CM1.<manifest id>.<key id>.<base64 signature>}. */
    public static String qrPayload(CustodyManifest manifest, ManifestSigner.Signature signature) {
        return "CM1." + manifest.manifestId() + "." + signature.keyId() + "." + signature.base64();
    }

    public Receipt compose(CustodyManifest manifest, ManifestSigner.Signature signature) {
        ReceiptLayout layout =
                new ReceiptLayout(copy).heading("manifest.title", manifest.kioskId(), manifest.closedAt());
        layout.field("manifest.id", manifest.manifestId())
                .field("manifest.operator", manifest.operatorId())
                .field("manifest.opened", copy.time(manifest.openedAt()))
                .field("manifest.closed", copy.time(manifest.closedAt()))
                .rule()
                .section("manifest.releases");
        if (manifest.releases().isEmpty()) {
            layout.text(copy.text("manifest.none"));
        }
        for (CustodyManifest.Release release : manifest.releases()) {
            layout.columns(copy.text("manifest.bin", release.bin()), copy.time(release.at()), true)
                    .text(release.model())
                    .field("trade.id", release.tradeId())
                    .field("manifest.phone", release.phoneId());
        }
        layout.columns(
                        copy.text("manifest.count"),
                        Integer.toString(manifest.releases().size()),
                        true)
                .rule()
                .section("manifest.discrepancies");
        if (manifest.discrepancies().isEmpty()) {
            layout.text(copy.text("manifest.none"));
        }
        for (Discrepancy d : manifest.discrepancies()) {
            layout.columns(
                            copy.text("manifest.bin", d.bin()),
                            copy.text("discrepancy." + d.kind().name()),
                            true)
                    .text(d.detail());
        }
        return layout.rule()
                .qr(qrPayload(manifest, signature), "manifest.qr")
                .feed(1)
                .text(copy.text("manifest.sign"))
                .feed(2)
                .text("______________________________")
                .build(copy.text("manifest.title") + " " + manifest.manifestId());
    }
}
