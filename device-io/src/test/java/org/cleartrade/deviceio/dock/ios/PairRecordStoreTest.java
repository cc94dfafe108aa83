package org.cleartrade.deviceio.dock.ios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.cleartrade.deviceio.testing.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pair records on disk: owner-only, complete, and gone when deleted. */
class PairRecordStoreTest {

    private static final String UDID = "00008110-001A2C3E0E91801E";

    @TempDir
    Path dir;

    @Test
    void aSavedRecordReadsBackWithItsEscrowBagAndOwnerOnlyPermissions() throws IOException {
        PairRecordStore store = new PairRecordStore(dir.resolve("pairing"));
        PairRecord record = record().withEscrowBag(Optional.of(new byte[] {9, 9}));

        store.save(UDID, record);

        PairRecord read = store.read(UDID).orElseThrow();
        assertThat(read.hostId()).isEqualTo(record.hostId());
        assertThat(read.hostPrivateKey()).isEqualTo(record.hostPrivateKey());
        assertThat(read.escrowBag()).hasValueSatisfying(b -> assertThat(b).containsExactly(9, 9));
        assertThat(PosixFilePermissions.toString(
                        Files.getPosixFilePermissions(dir.resolve("pairing/" + UDID + ".plist"))))
                .isEqualTo("rw-------");
        assertThat(store.udids()).containsExactly(UDID);
    }

    @Test
    void aStoreDirectoryOthersCanReadIsRefused() throws IOException {
        Path open = Files.createDirectory(
                dir.resolve("open"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        assertThatThrownBy(() -> new PairRecordStore(open))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("can be read by others");
    }

    @Test
    void aRecordFileOthersCanReadIsRefused() throws IOException {
        PairRecordStore store = new PairRecordStore(dir.resolve("pairing"));
        store.save(UDID, record());
        Files.setPosixFilePermissions(
                dir.resolve("pairing/" + UDID + ".plist"), PosixFilePermissions.fromString("rw-r--r--"));

        assertThatThrownBy(() -> store.read(UDID)).hasMessageContaining("can be read by others");
    }

    @Test
    void deleteAllLeavesNothing() throws IOException {
        PairRecordStore store = new PairRecordStore(dir.resolve("pairing"));
        store.save(UDID, record());
        store.save("00008120-000E54A21C02201E", record());

        assertThat(store.deleteAll()).isEqualTo(2);
        assertThat(store.udids()).isEmpty();
        assertThat(store.read(UDID)).isEmpty();
    }

    @Test
    void aNameThatIsNotAUdidNeverBecomesAPath() {
        assertThatThrownBy(() -> new PairRecordStore(dir.resolve("p")).save("../../etc/x", record()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theRecordSentToThePhoneCarriesNoPrivateKey() {
        assertThat(record().forDevice().keys())
                .containsExactlyInAnyOrder(
                        "DeviceCertificate", "HostCertificate", "RootCertificate", "HostID", "SystemBUID");
    }

    @Test
    void erasedPhonesAreRememberedAcrossARestartAndForgottenAfterADay() throws IOException {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:00:00Z"));
        new ErasedPhones(dir.resolve("iphone"), clock).add(UDID, "F9KQ2X7LMW", clock.instant());

        ErasedPhones restarted = new ErasedPhones(dir.resolve("iphone"), clock);
        assertThat(restarted.udidOf("F9KQ2X7LMW")).contains(UDID);

        clock.advance(ErasedPhones.KEPT_FOR.plusSeconds(1));
        assertThat(restarted.get(UDID)).isEmpty();
    }

    static PairRecord record() {
        try {
            PairingCertificates certificates = new PairingCertificates(IphoneWorld.sharedKeys(), Clock.systemUTC());
            return certificates.newRecord(
                    PairingCertificates.pkcs1Pem(IphoneWorld.sharedKeys().get().getPublic()), "BUID-1");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
