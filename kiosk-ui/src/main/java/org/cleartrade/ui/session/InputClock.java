package org.cleartrade.ui.session;

/**
 * Told when the seller acts and when the next snapshot reaches the screen, so the journeys can
 * report input-to-next-screen latency. The kiosk uses {@link #NONE}.
 */
public interface InputClock {

    InputClock NONE = new InputClock() {
        @Override
        public void inputAt(String event) {}

        @Override
        public void screenShown(String phase) {}
    };

    void inputAt(String event);

    void screenShown(String phase);
}
