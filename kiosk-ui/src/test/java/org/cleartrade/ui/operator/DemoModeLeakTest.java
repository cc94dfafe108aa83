package org.cleartrade.ui.operator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.cleartrade.core.certificate.KioskSite;
import org.cleartrade.core.certificate.VerificationLink;
import org.cleartrade.core.operator.OperatorConsole;
import org.cleartrade.core.operator.Role;
import org.cleartrade.deviceio.latch.LatchTiming;
import org.cleartrade.deviceio.latch.SimulatedBinLatch;
import org.cleartrade.deviceio.printer.VirtualPrinter;
import org.cleartrade.ledger.h2.H2Ledger;
import org.cleartrade.pricing.book.PriceBooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A data folder that once ran as a demo must not let its demo staff into a store kiosk. */
class DemoModeLeakTest {

    @TempDir
    Path data;

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void startingADemoFolderInKioskModeRemovesTheDemoStaffAuditedAndTheirPinsOpenNothing() {
        DemoOperators.Credential technician;
        try (H2Ledger ledger = H2Ledger.open(data.resolve("ledger"), clock)) {
            OperatorStation demo = station(ledger, true);
            technician = demo.demoCredentials().stream()
                    .filter(c -> c.role() == Role.TECHNICIAN)
                    .findFirst()
                    .orElseThrow();
        }
        assertThat(data.resolve(DemoOperators.FILE_NAME)).exists();

        try (H2Ledger ledger = H2Ledger.open(data.resolve("ledger"), clock)) {
            OperatorStation kiosk = station(ledger, false);

            assertThat(kiosk.demoCredentials()).isEmpty();
            assertThat(ledger.find(technician.operatorId())).isEmpty();
            assertThat(data.resolve(DemoOperators.FILE_NAME)).doesNotExist();
            assertThat(ledger.audit(Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z")))
                    .anySatisfy(link -> assertThat(link.action()).isEqualTo("demo-accounts-removed"));
            kiosk.console()
                    .on(new OperatorConsole.Event.SignIn(
                            technician.operatorId(), technician.pin().toCharArray()));
            assertThat(kiosk.console().snapshot().phase()).isEqualTo(OperatorConsole.Phase.SIGNED_OUT);
        }
    }

    private OperatorStation station(H2Ledger ledger, boolean demo) {
        return OperatorStation.forKiosk(
                ledger,
                new SimulatedBinLatch(2, LatchTiming.DEFAULT, clock),
                new VirtualPrinter(),
                new KioskSite("DEMO-0001", "Test"),
                VerificationLink.none(),
                clock,
                data,
                () -> OperatorStation.shipped(PriceBooks.loadSeed()),
                demo);
    }
}
