package org.cleartrade.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OperatorExitTest {

    @Test
    void onlyThePinWhoseHashIsConfiguredExits() throws Exception {
        String real = java.util.HexFormat.of()
                .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                        .digest("2468".getBytes(java.nio.charset.StandardCharsets.UTF_8)));

        assertThat(OperatorExit.matches("2468", real)).isTrue();
        assertThat(OperatorExit.matches("1357", real)).isFalse();
        assertThat(OperatorExit.matches("2468", "0".repeat(64))).isFalse();
    }
}
