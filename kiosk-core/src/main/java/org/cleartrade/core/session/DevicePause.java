package org.cleartrade.core.session;

import java.time.Duration;

/** Waits while a device moves; the kiosk sleeps, simulations advance their virtual clock. */
@FunctionalInterface
public interface DevicePause {
    void pause(Duration duration) throws InterruptedException;
}
