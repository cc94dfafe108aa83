package org.cleartrade.ui.shell;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.scene.Group;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.transform.Scale;

/**
 * Holds the portrait 1080x1920 kiosk screen and scales it uniformly to fit whatever space the
 * window gives it, so the demo runs on a laptop and the kiosk on its touchscreen with the same
 * layout. The screen node itself is never transformed, so a snapshot of it is full resolution.
 */
public final class ScaledScreen extends StackPane {

    public static final double WIDTH = 1080;
    public static final double HEIGHT = 1920;

    public ScaledScreen(Region screen) {
        screen.setMinSize(WIDTH, HEIGHT);
        screen.setPrefSize(WIDTH, HEIGHT);
        screen.setMaxSize(WIDTH, HEIGHT);
        Group holder = new Group(screen);
        DoubleBinding fit = Bindings.createDoubleBinding(
                () -> Math.min(1.0, Math.min(getWidth() / WIDTH, getHeight() / HEIGHT)),
                widthProperty(),
                heightProperty());
        Scale scale = new Scale();
        scale.xProperty().bind(fit);
        scale.yProperty().bind(fit);
        holder.getTransforms().add(scale);
        getChildren().add(new Group(holder));
        // Takes whatever room its parent leaves, never pushing a side panel out of the window.
        setMinSize(0, 0);
        setPrefSize(0, 0);
        getStyleClass().add("scaled-screen");
    }
}
