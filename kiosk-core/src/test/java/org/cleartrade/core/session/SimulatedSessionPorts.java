package org.cleartrade.core.session;

import java.time.ZoneOffset;
import java.util.Optional;
import org.cleartrade.core.certificate.KioskSite;
import org.cleartrade.core.certificate.VerificationLink;
import org.cleartrade.core.driver.ScriptedBlockList;
import org.cleartrade.core.driver.VirtualTime;
import org.cleartrade.core.ledger.Ledger;
import org.cleartrade.core.receipt.SessionReceipts;
import org.cleartrade.deviceio.dock.android.HelperApk;
import org.cleartrade.deviceio.dock.scenario.PhoneScenarioLibrary;
import org.cleartrade.deviceio.dock.simulated.SimulatedPhoneDock;
import org.cleartrade.deviceio.latch.LatchTiming;
import org.cleartrade.deviceio.latch.SimulatedBinLatch;
import org.cleartrade.deviceio.printer.VirtualPrinter;

/**
 * Session ports on the simulators, for tests of the runner and the effect executor that never
 * reach a quote or a voucher: asking for either fails the test.
 */
final class SimulatedSessionPorts {

    private SimulatedSessionPorts() {}

    static SessionPorts with(Ledger ledger, VirtualTime time, Certifier certifier) {
        return new SessionPorts(
                ledger,
                new SimulatedPhoneDock(
                        new PhoneScenarioLibrary(),
                        time.clock(),
                        time::pause,
                        Optional.of(new HelperApk(new byte[] {1}, "t"))),
                new SimulatedBinLatch(4, LatchTiming.DEFAULT, time.clock(), time::pause),
                new VirtualPrinter(),
                new ScriptedBlockList(),
                request -> {
                    throw new AssertionError("no quote here");
                },
                certifier,
                (s, validity) -> {
                    throw new AssertionError("no voucher here");
                },
                new SessionReceipts(new KioskSite("T", "Test"), ZoneOffset.UTC, VerificationLink.none()),
                OnScreenReceipts.ARMED);
    }
}
