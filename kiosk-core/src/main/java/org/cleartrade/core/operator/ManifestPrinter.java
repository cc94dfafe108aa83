package org.cleartrade.core.operator;

/** Prints a signed manifest; a failure is reported, the stored manifest stays. */
public interface ManifestPrinter {

    /** @throws org.cleartrade.ports.DeviceException when the printer cannot print */
    void print(CustodyManifest manifest, ManifestSigner.Signature signature);
}
