package org.cleartrade.deviceio.dock.ios;

import java.security.KeyPair;
import java.util.List;
import java.util.function.Supplier;
import org.cleartrade.deviceio.testing.MutableClock;
import org.cleartrade.ports.dock.PhoneDock;

/**
 * One iPhone dock and the physical side of its cable, for {@link IphoneDockContract}: the kiosk's
 * dock, and what a seller's hands do to the phone. Time is a {@link MutableClock} that the dock's
 * pauses move forward, so an erase of ninety seconds takes none.
 */
interface IphoneWorld extends AutoCloseable {

    PhoneDock dock();

    MutableClock clock();

    void plug(String scenarioId);

    void unlock();

    void tapTrust();

    void tapDontTrust();

    void unplug();

    /** UDIDs with a pair record in the kiosk's store. */
    List<String> kioskPairRecords() throws Exception;

    /** UDIDs with a pair record in usbmuxd. */
    List<String> daemonPairRecords();

    @Override
    void close() throws Exception;

    /** One RSA key pair for every pairing of a test run: generating keys would dominate the tests' time. */
    static Supplier<KeyPair> sharedKeys() {
        return SharedKeys.KEYS;
    }

    /** Holder of the shared keys. */
    final class SharedKeys {
        private static final KeyPair PAIR = PairingCertificates.freshRsaKeys().get();
        static final Supplier<KeyPair> KEYS = () -> PAIR;

        private SharedKeys() {}
    }
}
