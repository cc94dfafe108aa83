package org.cleartrade.deviceio.dock.ios;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.cleartrade.deviceio.dock.iphone.IphoneScenarioLibrary;
import org.cleartrade.deviceio.dock.simulated.SimulatedIphoneDock;
import org.cleartrade.deviceio.testing.MutableClock;
import org.cleartrade.ports.dock.PhoneDock;

/** The iPhone dock contract against demo mode's in-process cable. */
class InProcessIphoneDockTest extends IphoneDockContract {

    @Override
    IphoneWorld createWorld(Path directory) {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:00:00Z"));
        SimulatedIphoneDock dock = SimulatedIphoneDock.create(
                new IphoneScenarioLibrary(), clock, clock::advance, directory.resolve("iphone"));
        return new IphoneWorld() {
            @Override
            public PhoneDock dock() {
                return dock;
            }

            @Override
            public MutableClock clock() {
                return clock;
            }

            @Override
            public void plug(String scenarioId) {
                dock.plug(scenarioId);
            }

            @Override
            public void unlock() {
                dock.unlock();
            }

            @Override
            public void tapTrust() {
                dock.tapTrust();
            }

            @Override
            public void tapDontTrust() {
                dock.tapDontTrust();
            }

            @Override
            public void unplug() {
                dock.unplug();
            }

            @Override
            public List<String> kioskPairRecords() throws Exception {
                return new PairRecordStore(directory.resolve("iphone/pairing")).udids();
            }

            @Override
            public List<String> daemonPairRecords() {
                return List.of();
            }

            @Override
            public void close() {
                dock.unplug();
            }
        };
    }
}
