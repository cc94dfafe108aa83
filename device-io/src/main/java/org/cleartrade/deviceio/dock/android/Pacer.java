package org.cleartrade.deviceio.dock.android;

import java.time.Duration;

/** Waits between polls. The real one sleeps; tests advance a fake clock instead. */
@FunctionalInterface
public interface Pacer {

    void pause(Duration duration) throws InterruptedException;

    static Pacer sleeping() {
        return d -> Thread.sleep(d.toMillis());
    }
}
