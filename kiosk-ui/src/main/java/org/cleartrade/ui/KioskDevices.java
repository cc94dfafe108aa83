package org.cleartrade.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.cleartrade.deviceio.dock.CombinedPhoneDock;
import org.cleartrade.deviceio.dock.adb.AdbHostClient;
import org.cleartrade.deviceio.dock.adb.AdbPhoneDock;
import org.cleartrade.deviceio.dock.adb.AdbServerProcess;
import org.cleartrade.deviceio.dock.android.HelperApk;
import org.cleartrade.deviceio.dock.android.Pacer;
import org.cleartrade.deviceio.dock.ios.ErasedPhones;
import org.cleartrade.deviceio.dock.ios.IphoneDock;
import org.cleartrade.deviceio.dock.ios.PairRecordStore;
import org.cleartrade.deviceio.dock.ios.PairingCertificates;
import org.cleartrade.deviceio.dock.ios.UsbmuxdClient;
import org.cleartrade.deviceio.dock.iphone.IphoneScenarioLibrary;
import org.cleartrade.deviceio.dock.scenario.PhoneScenarioLibrary;
import org.cleartrade.deviceio.dock.simulated.SimulatedIphoneDock;
import org.cleartrade.deviceio.dock.simulated.SimulatedPhoneDock;
import org.cleartrade.deviceio.latch.BusBinLatch;
import org.cleartrade.deviceio.latch.LatchTiming;
import org.cleartrade.deviceio.latch.SimulatedBinLatch;
import org.cleartrade.deviceio.printer.DeviceFilePrinterTransport;
import org.cleartrade.deviceio.printer.EscPosEncoder;
import org.cleartrade.deviceio.printer.EscPosPrinter;
import org.cleartrade.deviceio.printer.TcpPrinterTransport;
import org.cleartrade.deviceio.printer.VirtualPrinter;
import org.cleartrade.ports.dock.PhoneDock;
import org.cleartrade.ports.latch.BinLatch;
import org.cleartrade.ports.printer.ReceiptPrinter;
import org.cleartrade.serial.latch.ModbusBinLatch;
import org.cleartrade.serial.latch.ModbusLatchSettings;
import org.cleartrade.serial.latch.ModbusRtuLine;
import org.cleartrade.serial.printer.SerialPrinterTransport;
import org.cleartrade.ui.config.DockSettings;
import org.cleartrade.ui.config.KioskConfig;
import org.cleartrade.ui.config.LatchSettings;
import org.cleartrade.ui.config.PrinterSettings;
import org.cleartrade.ui.demo.DemoDevices;

/**
 * The kiosk's three devices as configured: with every device simulated, the demo's persistent
 * simulators (the demo panel plays their physical side); otherwise each device's real driver, or a
 * plain simulator where that one device is simulated. Used by the kiosk and by {@code setup}'s
 * self-test, so both talk to the same hardware the same way.
 *
 * @param demo the simulators, when every device is simulated
 */
record KioskDevices(PhoneDock dock, BinLatch latch, ReceiptPrinter printer, Optional<DemoDevices> demo) {

    static final int DEMO_BINS = 4;

    /** Opens the devices; whatever needs closing is added to {@code resources}. */
    static KioskDevices open(KioskConfig config, Clock clock, List<AutoCloseable> resources) {
        if (config.allSimulated()) {
            DemoDevices demo = simulators(config, clock);
            return new KioskDevices(demo.cable(), demo.latch(), demo.printer(), Optional.of(demo));
        }
        return new KioskDevices(dock(config, clock), latch(config, resources), printer(config), Optional.empty());
    }

    private static DemoDevices simulators(KioskConfig config, Clock clock) {
        HelperApk helper = DemoDevices.simulatedHelper();
        return DemoDevices.of(
                SimulatedPhoneDock.persistent(
                        config.dataDir().resolve("simulated-dock.properties"),
                        new PhoneScenarioLibrary(),
                        clock,
                        Pacer.sleeping(),
                        Optional.of(helper)),
                SimulatedIphoneDock.persistent(
                        new IphoneScenarioLibrary(),
                        clock,
                        Pacer.sleeping(),
                        config.dataDir().resolve("simulated-iphone")),
                SimulatedBinLatch.persistent(
                        config.dataDir().resolve("simulated-latch.properties"),
                        DEMO_BINS,
                        LatchTiming.DEFAULT,
                        clock,
                        d -> Thread.sleep(d.toMillis())),
                new VirtualPrinter(config.printer().options()));
    }

    private static PhoneDock dock(KioskConfig config, Clock clock) {
        DockSettings dock = config.dock();
        if (dock.driver() == DockSettings.Driver.SIMULATED) {
            return new SimulatedPhoneDock(new PhoneScenarioLibrary(), clock, Pacer.sleeping(), Optional.empty());
        }
        AdbServerProcess server = new AdbServerProcess(AdbServerProcess.findAdb(), dock.adbPort(), System.getenv());
        PhoneDock android = new AdbPhoneDock(
                new AdbHostClient(dock.adbHost(), dock.adbPort(), Duration.ofSeconds(5)),
                server,
                Optional.empty(),
                dock.helperApk().map(HelperApk::fromFile),
                clock,
                Pacer.sleeping());
        if (dock.iphone() == DockSettings.Iphone.OFF) {
            return android;
        }
        return new CombinedPhoneDock(
                List.of(android, iphone(dock, config.dataDir().resolve("iphone"), clock)));
    }

    /**
     * The iPhone dock beside the adb dock, on the usbmuxd daemon's socket; its owner-only pair
     * records and erased-phone file live in {@code state}. Fresh RSA keys for every pairing.
     */
    private static PhoneDock iphone(DockSettings dock, Path state, Clock clock) {
        try {
            return new IphoneDock(
                    new UsbmuxdClient(dock.usbmuxdSocket(), Duration.ofSeconds(5)),
                    new PairRecordStore(state.resolve("pairing")),
                    new ErasedPhones(state, clock),
                    new PairingCertificates(PairingCertificates.freshRsaKeys(), clock),
                    clock,
                    Pacer.sleeping());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the iPhone dock's files in " + state, e);
        }
    }

    /** Every controller on the latch line, one bank of bins numbered in the configured unit order. */
    private static BinLatch latch(KioskConfig config, List<AutoCloseable> resources) {
        LatchSettings latch = config.latch();
        if (latch.driver() == LatchSettings.Driver.SIMULATED) {
            return new SimulatedBinLatch(DEMO_BINS, LatchTiming.DEFAULT, Clock.systemUTC());
        }
        ModbusLatchSettings defaults = ModbusLatchSettings.defaults(latch.serialPort());
        ModbusRtuLine line = new ModbusRtuLine(new ModbusLatchSettings(
                latch.serial(), latch.unitIds().get(0), defaults.responseTimeout(), defaults.attempts()));
        resources.add(line);
        List<ModbusBinLatch> controllers = latch.unitIds().stream()
                .map(unit -> new ModbusBinLatch(line, unit))
                .toList();
        return controllers.size() == 1 ? controllers.get(0) : new BusBinLatch(controllers);
    }

    private static ReceiptPrinter printer(KioskConfig config) {
        PrinterSettings printer = config.printer();
        EscPosEncoder encoder = new EscPosEncoder(printer.options());
        Duration statusTimeout = Duration.ofSeconds(2);
        return switch (printer.driver()) {
            case SIMULATED -> new VirtualPrinter(printer.options());
            case ESCPOS_TCP ->
                new EscPosPrinter(
                        new TcpPrinterTransport(printer.host(), printer.port(), Duration.ofSeconds(3)),
                        encoder,
                        statusTimeout);
            case ESCPOS_DEVICE ->
                new EscPosPrinter(new DeviceFilePrinterTransport(printer.device()), encoder, statusTimeout);
            case ESCPOS_SERIAL ->
                new EscPosPrinter(
                        new SerialPrinterTransport(printer.serialPort(), printer.baud()), encoder, statusTimeout);
        };
    }
}
