package org.cleartrade.core.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cleartrade.core.testing.SessionFixtures.T0;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import org.cleartrade.core.certificate.CertificateIssuer;
import org.cleartrade.core.certificate.ConsentRecord;
import org.cleartrade.core.certificate.KioskSite;
import org.cleartrade.core.driver.EphemeralSigner;
import org.cleartrade.core.driver.VirtualTime;
import org.cleartrade.core.json.CompactJson;
import org.cleartrade.core.jurisdiction.JurisdictionProfiles;
import org.cleartrade.core.ledger.Ledger;
import org.cleartrade.core.ledger.LedgerFact;
import org.cleartrade.core.testing.SessionFixtures;
import org.junit.jupiter.api.Test;

/**
 * The consent is pinned when the seller agrees: the text shown, its language and its hash go to
 * the ledger with the decision to erase, and the certificate cites that record whatever happens
 * to the session afterwards.
 */
class ConsentPinnedTest {

    private static final String SPANISH_TEXT = "Alcance: todo lo del teléfono. Método: restablecimiento.";

    private final VirtualTime time = new VirtualTime(T0);
    private final IssuerCertifier certifier = new IssuerCertifier(
            new CertificateIssuer(new EphemeralSigner()), new KioskSite("K-1", "Test kiosk"), time.clock());

    @Test
    void consentRecordsTheTextShownItsLanguageAndHashInTheLedgerWithTheErase() {
        SessionMachine m = atConsent();
        Instant agreedAt = time.now();

        Transition t = m.on(new SessionEvent.ConsentGiven("erase-consent/test", "es", SPANISH_TEXT));

        String tradeId = t.to().trade().tradeId().orElseThrow();
        assertThat(t.facts())
                .contains(new LedgerFact.ConsentRecorded(
                        tradeId,
                        "erase-consent/test",
                        "es",
                        ConsentRecord.sha256Hex(SPANISH_TEXT),
                        SPANISH_TEXT,
                        agreedAt));
        assertThat(t.effects()).containsExactly(new Effect.Erase());
        assertThat(t.durability()).isEqualTo(Ledger.Durability.SYNCED);
    }

    @Test
    void theCertificateCitesTheConsentGivenNotTheLanguageTheSessionSwitchedToAfterwards() {
        SessionMachine m = atConsent();
        Instant agreedAt = time.now();
        m.on(new SessionEvent.ConsentGiven("erase-consent/test", "es", SPANISH_TEXT));
        m.on(new SessionEvent.LanguageChosen("zh-Hans"));
        walk(m, Phase.CERTIFYING);

        String certificate = certifier.certify(m.snapshot()).document();

        assertThat(m.snapshot().language()).isEqualTo("zh-Hans");
        assertThat(certificate)
                .contains("consent.language: es\n")
                .contains("consent.text_version: erase-consent/test\n")
                .contains("consent.text_sha256: " + ConsentRecord.sha256Hex(SPANISH_TEXT) + "\n")
                .contains("consent.at: " + agreedAt + "\n");
    }

    @Test
    void aKioskRestartedFromItsJournalCitesTheSameConsent() {
        SessionMachine m = atConsent();
        m.on(new SessionEvent.ConsentGiven("erase-consent/test", "es", SPANISH_TEXT));
        walk(m, Phase.CERTIFYING);

        SessionSnapshot restored = SnapshotCodec.decode(SnapshotCodec.encode(m.snapshot()));

        assertThat(restored.trade().erasure().consent())
                .isEqualTo(m.snapshot().trade().erasure().consent());
        assertThat(certifier.certify(restored).document())
                .contains("consent.text_sha256: " + ConsentRecord.sha256Hex(SPANISH_TEXT) + "\n");
    }

    @Test
    void aJournalWithoutAPinnedConsentGetsNoCertificate() {
        SessionMachine m = atConsent();
        m.on(new SessionEvent.ConsentGiven("erase-consent/test", "en", "text"));
        walk(m, Phase.CERTIFYING);
        ObjectNode journal = (ObjectNode) CompactJson.read(SnapshotCodec.encode(m.snapshot()));
        ((ObjectNode) journal.get("erase")).remove("consent");
        SessionSnapshot unpinned = SnapshotCodec.decode(CompactJson.text(journal));

        assertThatThrownBy(() -> certifier.certify(unpinned))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("consent record");
    }

    @Test
    void aBlankConsentTextIsNoConsent() {
        assertThatThrownBy(() -> new SessionEvent.ConsentGiven("erase-consent/test", "en", " "))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private SessionMachine atConsent() {
        SessionMachine m = SessionMachine.start(
                "S-1", JurisdictionProfiles.bundled("US-IL"), SessionSettings.defaults(), time.clock());
        walk(m, Phase.CONSENT);
        if (m.snapshot().trade().reservedBin().isEmpty()) {
            m.on(new SessionEvent.GatePassed(1));
        }
        return m;
    }

    private void walk(SessionMachine m, Phase target) {
        while (m.snapshot().phase() != target) {
            m.on(SessionFixtures.happyNext(m.snapshot(), time.now()).orElseThrow());
            time.advance(Duration.ofSeconds(1));
        }
    }
}
