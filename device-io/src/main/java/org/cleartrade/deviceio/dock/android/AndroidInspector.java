package org.cleartrade.deviceio.dock.android;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.cleartrade.ports.dock.Check;
import org.cleartrade.ports.dock.InspectionReport;
import org.cleartrade.ports.dock.PhoneIdentity;

/**
 * Identifies and checks an Android phone through a {@link PhoneShell}, one command per fact (see
 * {@link AndroidCommands}). Shared by the adb driver and the simulator so both exercise the same
 * parsers. Whatever cannot be read becomes an {@link Check.Verdict#UNVERIFIED} check or an empty
 * identity field; a {@link org.cleartrade.ports.dock.PhoneGoneException} from the shell passes
 * through.
 */
public final class AndroidInspector {

    private final PhoneShell shell;

    public AndroidInspector(PhoneShell shell) {
        this.shell = shell;
    }

    public PhoneIdentity identify() {
        return identify(
                SystemProperties.parse(shell.run(AndroidCommands.GETPROP).stdout()));
    }

    public InspectionReport inspect() {
        SystemProperties props =
                SystemProperties.parse(shell.run(AndroidCommands.GETPROP).stdout());
        PhoneIdentity identity = identify(props);
        Optional<AccountList> accounts =
                AccountList.parse(shell.run(AndroidCommands.ACCOUNTS).stdout());
        BatteryState battery = BatteryState.parse(
                shell.run(AndroidCommands.BATTERY).stdout(),
                shell.run(AndroidCommands.BATTERY_CAPACITY).stdout());
        List<Check> checks = List.of(
                AccountList.accountsCheck(accounts),
                AccountList.frpCheck(accounts, props),
                PropertyChecks.sim(props),
                SubscriptionList.check(shell.run(AndroidCommands.SUBSCRIPTIONS)),
                VolumeList.check(shell.run(AndroidCommands.VOLUMES)),
                PropertyChecks.encryption(props),
                PropertyChecks.root(props, shell.run(AndroidCommands.SU)),
                PropertyChecks.bootloader(props),
                PropertyChecks.verifiedBoot(props),
                OwnerList.check(shell.run(AndroidCommands.OWNERS)),
                battery.check());
        return new InspectionReport(identity, checks, battery.healthPercent());
    }

    private PhoneIdentity identify(SystemProperties props) {
        String model =
                props.first("ro.product.model", "ro.product.vendor.model").orElse("");
        OptionalInt storage =
                StorageSize.fromPartitions(shell.run(AndroidCommands.PARTITIONS).stdout());
        if (storage.isEmpty()) {
            storage = StorageSize.fromDataPartition(
                    shell.run(AndroidCommands.DATA_SIZE).stdout());
        }
        Optional<String> imei = ImeiParcel.parse(shell.run(AndroidCommands.IMEI).stdout());
        return new PhoneIdentity(
                props.first("ro.product.manufacturer", "ro.product.vendor.manufacturer")
                        .orElse(""),
                model,
                props.first("ro.product.marketname", "ro.product.vendor.marketname", "ro.config.marketing_name")
                        .orElse(model),
                storage.orElse(0),
                props.first("ro.serialno", "ro.boot.serialno").orElse(""),
                imei,
                "Android",
                props.get("ro.build.version.release").orElse(""),
                props.get("ro.build.version.security_patch").orElse(""));
    }
}
