package org.cleartrade.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The module arrows of {@code docs/architecture.md}: kiosk-ui wires everything; kiosk-core depends
 * on pricing and the device ports, and only its journey harness on device-io's simulators; the
 * serial drivers sit apart from everything but the UI; ledger, backoffice and codes implement
 * core's ports; pricing and the device ports are pure; kiosk-core uses no barcode library.
 */
@AnalyzeClasses(packages = "org.cleartrade", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleArrowsTest {

    private static final String PRICING = "org.cleartrade.pricing..";
    private static final String PORTS = "org.cleartrade.ports..";
    private static final String DEVICE_IO = "org.cleartrade.deviceio..";
    private static final String SERIAL = "org.cleartrade.serial..";
    private static final String HARNESS = "org.cleartrade.core.driver..";
    private static final String CORE = "org.cleartrade.core..";
    private static final String LEDGER = "org.cleartrade.ledger..";
    private static final String BACKOFFICE = "org.cleartrade.backoffice..";
    private static final String CODES = "org.cleartrade.codes..";
    private static final String UI = "org.cleartrade.ui..";

    @ArchTest
    static final ArchRule pricingIsPureJava = classes()
            .that()
            .resideInAPackage(PRICING)
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage(PRICING, "java..")
            .because("prices and grades are pure functions and data that any module can trust and test alone");

    @ArchTest
    static final ArchRule devicePortsArePureJava = classes()
            .that()
            .resideInAPackage(PORTS)
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage(PORTS, "java..")
            .because("the ports are what kiosk-core compiles against: no driver, simulator or library comes with"
                    + " them (docs/decisions/0005)");

    @ArchTest
    static final ArchRule deviceIoKnowsNothingAboveIt = noClasses()
            .that()
            .resideInAnyPackage(DEVICE_IO, SERIAL)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(CORE, LEDGER, BACKOFFICE, UI, PRICING, "javafx..")
            .because("drivers serve the session, they do not know it");

    @ArchTest
    static final ArchRule deviceIoHasNoSerialPort = noClasses()
            .that()
            .resideInAPackage(DEVICE_IO)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(SERIAL, "com.fazecast..", "com.ghgande..")
            .because("the simulators and dock drivers that kiosk-core's harness and tests run on must not bring a"
                    + " serial port library with them (docs/decisions/0005)");

    @ArchTest
    static final ArchRule deviceIoDrawsQrCodesWithoutZxing = noClasses()
            .that()
            .resideInAnyPackage(PORTS, DEVICE_IO, SERIAL)
            .should()
            .dependOnClassesThat()
            .resideInAPackage("com.google.zxing..")
            .because("the simulators kiosk-core runs on bring no barcode library with them; the printers' QR"
                    + " codes come from QrEncoder (docs/decisions/0005)");

    @ArchTest
    static final ArchRule coreUsesDevicesThroughThePortsOnly = noClasses()
            .that()
            .resideInAPackage(CORE)
            .and()
            .resideOutsideOfPackage(HARNESS)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(DEVICE_IO, SERIAL)
            .because("the session, the console and the documents see devices as ports; only the journey harness"
                    + " builds simulated devices (docs/decisions/0005)");

    @ArchTest
    static final ArchRule theHarnessRunsOnSimulatorsNotOnSerialDrivers = noClasses()
            .that()
            .resideInAPackage(HARNESS)
            .should()
            .dependOnClassesThat()
            .resideInAPackage(SERIAL)
            .because("kiosk-core reaches device-io for the simulators only, and device-serial not at all");

    @ArchTest
    static final ArchRule coreHasNoUiStorageHttpOrSerial = noClasses()
            .that()
            .resideInAPackage(CORE)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    LEDGER,
                    BACKOFFICE,
                    CODES,
                    UI,
                    "javafx..",
                    "java.sql..",
                    "javax.sql..",
                    "org.h2..",
                    "org.flywaydb..",
                    "okhttp3..",
                    "java.net.http..",
                    "com.fazecast..",
                    "com.ghgande..")
            .because("the session and its documents are tested headless, without a database, network or port");

    @ArchTest
    static final ArchRule coreUsesNoBarcodeOrPdfLibrary = noClasses()
            .that()
            .resideInAPackage(CORE)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("com.google.zxing..", "org.apache.pdfbox..", "org.apache.fontbox..")
            .because("encoding and decoding QR and PDF417 is the codes module's, behind core's ports"
                    + " (QrPhotoReader, Pdf417FrameDecoder); core needs only the QR version table"
                    + " (docs/decisions/0503)");

    @ArchTest
    static final ArchRule codesImplementsCorePortsAndNothingAbove = noClasses()
            .that()
            .resideInAPackage(CODES)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(LEDGER, BACKOFFICE, UI, "javafx..", "okhttp3..", "java.sql..")
            .because("the codes module implements core's barcode ports; only kiosk-ui wires it");

    @ArchTest
    static final ArchRule ledgerAndBackOfficeStayApart = noClasses()
            .that()
            .resideInAPackage(LEDGER)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(BACKOFFICE, UI, "javafx..", "okhttp3..")
            .because("the ledger implements core's storage port and nothing else");

    @ArchTest
    static final ArchRule backOfficeStaysApartFromLedger = noClasses()
            .that()
            .resideInAPackage(BACKOFFICE)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(LEDGER, UI, "javafx..", "org.h2..", "java.sql..")
            .because("the back office reaches stored data only through core's ports");

    @ArchTest
    static final ArchRule onlyTheUiUsesJavaFx = noClasses()
            .that()
            .resideOutsideOfPackage(UI)
            .should()
            .dependOnClassesThat()
            .resideInAPackage("javafx..")
            .because("JavaFX is a view technology; everything below the UI runs headless");

    @ArchTest
    static final ArchRule onlyTheSerialPackageTouchesSerialPorts = noClasses()
            .that()
            .resideOutsideOfPackage("org.cleartrade.serial")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("com.fazecast..")
            .because("jSerialComm stays behind one small SerialLink of our own (HOUSE_STYLE.md)");

    @ArchTest
    static final ArchRule onlyTheModbusLatchDriverSpeaksModbus = noClasses()
            .that()
            .resideOutsideOfPackage("org.cleartrade.serial.latch")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("com.ghgande..")
            .because("j2mod frames the latch controller's Modbus RTU and nothing else (decision 0100)");

    @ArchTest
    static final ArchRule onlyTheLedgerUsesJdbc = noClasses()
            .that()
            .resideOutsideOfPackage(LEDGER)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("java.sql..", "org.h2..", "org.flywaydb..")
            .because("storage is an implementation detail of the ledger port");

    @ArchTest
    static final ArchRule onlyTheBackOfficeSpeaksHttp = noClasses()
            .that()
            .resideOutsideOfPackage(BACKOFFICE)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("okhttp3..", "java.net.http..")
            .because("the fleet service is reached through core's ports");

    @ArchTest
    static final ArchRule onlyTheIphonePackagesTouchPlistsAndCertificates = noClasses()
            .that()
            .resideOutsideOfPackages("org.cleartrade.deviceio.dock.ios..", "org.cleartrade.deviceio.dock.iphone..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("com.dd.plist..", "org.bouncycastle..")
            .because("property lists and pairing certificates are the iPhone dock's wire details"
                    + " (docs/decisions/0304, 0305)");

    @ArchTest
    static final ArchRule viewModelsStayOffTheSceneGraph = noClasses()
            .that()
            .haveSimpleNameEndingWith("ViewModel")
            .and()
            .resideOutsideOfPackage("org.cleartrade.ui.demo..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("javafx.scene..")
            .because("a view model holds what a screen shows as properties, so it is tested without"
                    + " a window; the demo panel's model alone hands its view a phone picture");
}
