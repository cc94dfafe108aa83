package org.cleartrade.deviceio.dock.iphone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The shipped iPhone scenarios read, and a malformed one is refused by name. */
class IphoneScenarioLibraryTest {

    private final IphoneScenarioLibrary library = new IphoneScenarioLibrary();

    static List<String> ids() {
        return new IphoneScenarioLibrary().pluggableIds();
    }

    @ParameterizedTest
    @MethodSource("ids")
    void everyPluggableScenarioComesBackFromTheEraseAsTheSamePhoneUnactivated(String id) {
        IphoneScenario s = library.scenario(id);
        assertThat(s.values().string("ActivationState")).contains("Activated");
        s.returnsAs().ifPresent(after -> {
            IphoneScenario erased = library.scenario(after);
            assertThat(erased.inSetupAssistant()).as(after).isTrue();
            if (!id.equals("iphone-se-returns-other")) {
                assertThat(erased.udid()).isEqualTo(s.udid());
                assertThat(erased.serial()).isEqualTo(s.serial());
            }
        });
    }

    @Test
    void anIncludedScenarioMergesDictionariesKeyByKey() {
        IphoneScenario erased = library.scenario("iphone-13-erased");
        assertThat(erased.values().string("ProductType")).contains("iPhone14,5");
        assertThat(erased.values().string("ActivationState")).contains("Unactivated");
        assertThat(erased.domains().get("com.apple.disk_usage").integer("TotalDiskCapacity"))
                .isPresent();
        assertThat(erased.lockedOnPlug()).isFalse();
    }

    @Test
    void aScenarioWithoutASerialIsRefusedNamingTheKey() {
        String text = "<?xml version=\"1.0\"?><plist version=\"1.0\"><dict><key>Title</key><string>t</string>"
                + "<key>Values</key><dict><key>ProductType</key><string>iPhone14,5</string></dict></dict></plist>";
        assertThatThrownBy(() -> library.parse("broken", text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("broken")
                .hasMessageContaining("Values.SerialNumber");
    }

    @Test
    void anUnknownEraseBehaviourIsRefused() {
        String text = "<?xml version=\"1.0\"?><plist version=\"1.0\"><dict><key>Title</key><string>t</string>"
                + "<key>Include</key><string>iphone-13-clean</string>"
                + "<key>Behaviour</key><dict><key>Erase</key><string>explode</string></dict></dict></plist>";
        assertThatThrownBy(() -> library.parse("bad-erase", text)).hasMessageContaining("Behaviour.Erase");
    }

    @Test
    void aScenarioThatIncludesItselfIsRefused() {
        assertThatThrownBy(() -> library.scenario("../etc")).isInstanceOf(IllegalArgumentException.class);
    }
}
