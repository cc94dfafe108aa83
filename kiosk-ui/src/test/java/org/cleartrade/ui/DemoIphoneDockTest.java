package org.cleartrade.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Map;
import java.util.Optional;
import org.cleartrade.ports.dock.DockStatus;
import org.cleartrade.ports.dock.Platform;
import org.cleartrade.ui.config.KioskConfig;
import org.cleartrade.ui.config.KioskConfigParser;
import org.cleartrade.ui.demo.DemoDevices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoIphoneDockTest {

    @TempDir
    Path home;

    @Test
    void theDemoKioskSeesAnIphoneOnItsCableBeforeAnyPairingAndAnAndroidPhoneOnTheSameBay() {
        KioskConfig config = new KioskConfigParser(Map.of(), home).defaults();
        KioskDevices devices = KioskDevices.open(config, Clock.systemUTC(), new ArrayList<>());
        DemoDevices demo = devices.demo().orElseThrow();

        demo.iphone().plug("iphone-13-clean");
        DockStatus iphone = devices.dock().status();
        demo.iphone().unplug();
        demo.dock().plug("pixel-8-clean");
        DockStatus android = devices.dock().status();

        assertThat(iphone.platform()).contains(Platform.IPHONE);
        assertThat(iphone.state()).isEqualTo(DockStatus.State.UNAUTHORIZED);
        assertThat(iphone.prompt()).isEqualTo(Optional.empty());
        assertThat(android.platform()).isNotEqualTo(Optional.of(Platform.IPHONE));
        assertThat(android.state()).isNotEqualTo(DockStatus.State.EMPTY);
    }

    @Test
    void aPhonePutIntoItsBinStaysOnTheCableUntilTheSellerHasGone() {
        KioskConfig config = new KioskConfigParser(Map.of(), home).defaults();
        KioskDevices devices = KioskDevices.open(config, Clock.systemUTC(), new ArrayList<>());
        DemoDevices demo = devices.demo().orElseThrow();
        demo.dock().plug("pixel-8-clean");
        demo.dock().authorize();
        demo.latch().forceDoorOpen(1);

        demo.putPhoneInBin(1);

        assertThat(devices.dock().status().unplugged()).isFalse();
        assertThat(devices.latch().status(1).occupied()).isTrue();

        demo.releaseCableFromBin();

        assertThat(devices.dock().status().unplugged()).isTrue();
        assertThat(devices.latch().status(1).occupied()).isTrue();
    }
}
