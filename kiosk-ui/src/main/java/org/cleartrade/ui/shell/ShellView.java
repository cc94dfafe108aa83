package org.cleartrade.ui.shell;

import static org.cleartrade.ui.screen.ScreenParts.label;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.cleartrade.ui.i18n.Language;
import org.cleartrade.ui.screen.ScreenScroll;
import org.cleartrade.ui.screen.ScreenView;

/**
 * The kiosk screen: header (brand, language switch, large text, speech), progress strip, the
 * current screen's title and notice, and the screen itself. Only binds and delegates.
 */
public final class ShellView extends VBox {

    private final ShellViewModel vm;
    private final Function<ScreenId, ScreenView> screens;
    private final StackPane content = new StackPane();
    private final Label title = new Label();
    private final Label notice = new Label();
    private final HBox steps = new HBox(8);
    private final ChangeListener<String> speakPrompt;
    private final Map<Node, ScrollPane> scrolled = new IdentityHashMap<>();
    private ScreenView shown;
    /** True while the screen itself places the focus, which is not news to say aloud. */
    private boolean placingFocus;
    /** Whether the screen's first answer took the focus when it was last placed (none while it works). */
    private boolean answerFocused;
    /** Stops waiting for a primary decision to become pressable (see {@link #focusWhenPressable}). */
    private Runnable stopWaiting = () -> {};

    public ShellView(ShellViewModel vm, Function<ScreenId, ScreenView> screens) {
        this.vm = vm;
        this.screens = screens;
        this.speakPrompt = (o, before, now) -> {
            // The screen moved on in place (the next question, the offer after "working it out"):
            // its new first answer takes the focus, unless the seller's focus is still on it.
            if (getScene() != null
                    && (!answerFocused || !ScreenAnswers.usable(getScene().getFocusOwner()))) {
                focusFirstAnswer();
            }
            announce();
        };
        getStyleClass().add("kiosk-screen");
        setId("kiosk-screen");
        title.getStyleClass().add("title");
        title.setWrapText(true);
        title.setId("screen-title");
        title.setMinHeight(Region.USE_PREF_SIZE);
        notice.getStyleClass().addAll("notice", "body");
        notice.setWrapText(true);
        notice.setMaxWidth(Double.MAX_VALUE);
        notice.setId("notice");
        notice.setMinHeight(Region.USE_PREF_SIZE);
        notice.managedProperty().bind(notice.textProperty().isNotEmpty());
        notice.visibleProperty().bind(notice.managedProperty());
        Label hint = new Label();
        hint.getStyleClass().addAll("notice", "body", "keypad-hint");
        hint.setWrapText(true);
        hint.setMaxWidth(Double.MAX_VALUE);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        hint.setId("keypad-hint");
        hint.textProperty().bind(vm.keypadHintProperty());
        hint.managedProperty().bind(hint.textProperty().isNotEmpty());
        hint.visibleProperty().bind(hint.managedProperty());
        VBox heading = new VBox(16, title, notice, hint);
        heading.getStyleClass().add("content");
        // The attract screen (and the held screen in its place) shows its title as its hero line instead.
        heading.visibleProperty()
                .bind(vm.screenProperty()
                        .isNotEqualTo(ScreenId.ATTRACT)
                        .and(vm.screenProperty().isNotEqualTo(ScreenId.HELD)));
        heading.managedProperty().bind(heading.visibleProperty());
        VBox.setVgrow(content, Priority.ALWAYS);
        getChildren().addAll(header(), progress(), heading, content);
        vm.screenProperty().addListener((o, before, now) -> show(now));
        sceneProperty().addListener((o, before, now) -> {
            if (now != null) {
                keepFocusOnTheScreen(now);
            }
        });
        vm.stepProperty().addListener((o, before, now) -> paintSteps(now.intValue()));
        show(vm.screenProperty().get());
        paintSteps(vm.stepProperty().get());
    }

    /**
     * Styles the whole scene once and puts the focus on the screen's first answer; called when
     * the scene holds its root. Not from this view's own scene listener: that fires before the
     * view's ancestors are marked for styling, so styling there would run without the theme's
     * colours, warn about every one of them, and be done again before the first frame.
     */
    public void attached() {
        getScene().getRoot().applyCss();
        focusFirstAnswer();
    }

    /**
     * Two rows, so no label is ever cut: the brand with the large-text and speech toggles, then
     * the languages in equal shares, which keep their places whatever language is showing.
     */
    private VBox header() {
        Label brand = new Label("ClearTrade");
        brand.getStyleClass().add("brand");
        brand.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(brand, spacer);
        top.getStyleClass().add("header-row");
        HBox languages = new HBox();
        languages.getStyleClass().add("header-row");
        for (Language language : vm.languages()) {
            ToggleButton b = headerToggle(language.nativeName());
            b.setId("header-language-" + language.tag());
            b.setSelected(vm.languageProperty().get() == language);
            vm.languageProperty().addListener((o, before, now) -> b.setSelected(now == language));
            // A toggle that is already on stays on: the language is chosen, never "unchosen".
            b.setOnAction(e -> {
                b.setSelected(true);
                vm.chooseLanguage(language);
            });
            b.setMaxWidth(Double.MAX_VALUE);
            b.setPrefWidth(0);
            HBox.setHgrow(b, Priority.ALWAYS);
            languages.getChildren().add(b);
        }
        ToggleButton large = headerToggle(null);
        large.setId("large-text");
        large.getStyleClass().add("setting");
        large.textProperty().bind(vm.largeTextLabelProperty());
        large.setSelected(vm.largeTextProperty().get());
        large.setOnAction(e -> vm.toggleLargeText());
        vm.largeTextProperty().addListener((o, before, now) -> large.setSelected(now));
        top.getChildren().add(large);
        if (vm.speechAvailable()) {
            ToggleButton speech = headerToggle(null);
            speech.setId("speech");
            speech.getStyleClass().add("setting");
            speech.textProperty().bind(vm.speechLabelProperty());
            speech.setSelected(vm.speechOnProperty().get());
            speech.setOnAction(e -> vm.toggleSpeech());
            vm.speechOnProperty().addListener((o, before, now) -> speech.setSelected(now));
            top.getChildren().add(speech);
        }
        vm.largeTextProperty().addListener((o, before, now) -> applyLargeText(now));
        vm.speechOnProperty().addListener((o, before, now) -> {
            if (now) {
                announce();
            }
        });
        sceneProperty()
                .addListener((o, before, now) ->
                        applyLargeText(vm.largeTextProperty().get()));
        VBox header = new VBox(top, languages);
        header.getStyleClass().add("header");
        return header;
    }

    private static ToggleButton headerToggle(String text) {
        ToggleButton b = new ToggleButton(text);
        b.setWrapText(true);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setMinHeight(Region.USE_PREF_SIZE);
        return b;
    }

    private void applyLargeText(boolean on) {
        if (getScene() == null) {
            return;
        }
        var classes = getScene().getRoot().getStyleClass();
        if (on && !classes.contains("large-text")) {
            classes.add("large-text");
        } else if (!on) {
            classes.remove("large-text");
        }
    }

    private VBox progress() {
        Label label = label(vm.stepLabelProperty(), "progress-label");
        label.setId("progress-label");
        for (int i = 1; i <= ScreenId.STEPS; i++) {
            Region r = new Region();
            r.getStyleClass().add("progress-step");
            HBox.setHgrow(r, Priority.ALWAYS);
            steps.getChildren().add(r);
        }
        steps.setAlignment(Pos.CENTER);
        VBox strip = new VBox(label, steps);
        strip.getStyleClass().add("progress-strip");
        return strip;
    }

    private void paintSteps(int step) {
        for (int i = 0; i < steps.getChildren().size(); i++) {
            var classes = steps.getChildren().get(i).getStyleClass();
            classes.removeAll("done", "current");
            if (i + 1 < step) {
                classes.add("done");
            } else if (i + 1 == step) {
                classes.add("current");
            }
        }
        steps.setVisible(step > 0);
    }

    private void show(ScreenId id) {
        if (shown != null) {
            shown.model().promptProperty().removeListener(speakPrompt);
        }
        shown = screens.apply(id);
        title.textProperty().bind(shown.model().titleProperty());
        notice.textProperty().bind(shown.model().noticeProperty());
        shown.model().promptProperty().addListener(speakPrompt);
        content.getChildren().setAll(scrolled.computeIfAbsent(shown.node(), ScreenScroll::around));
        // Skins now, so the screen's controls can be looked up and focused at once.
        content.applyCss();
        content.setId("screen-" + id.name());
        focusFirstAnswer();
        announce();
    }

    /** Says the screen's title, prompt and answers, if the seller has speech on. */
    private void announce() {
        vm.announce(
                shown.model().titleProperty().get(),
                shown.model().promptProperty().get(),
                ScreenAnswers.all(content.getChildren().get(0)).stream()
                        .map(ShellView::spokenName)
                        .toList());
    }

    /**
     * What a control is called aloud: its accessible text where the screen gave one (buttons that
     * read alike, such as each checklist step's "Show me how"), else its label.
     */
    static String spokenName(ButtonBase control) {
        String accessible = control.getAccessibleText();
        return accessible == null || accessible.isBlank() ? control.getText() : accessible;
    }

    /** The keypad starts on the screen's first answer, never on the header. */
    private void focusFirstAnswer() {
        Node screen = content.getChildren().get(0);
        placingFocus = true;
        Optional<ButtonBase> first;
        try {
            first = ScreenAnswers.first(screen);
            // A screen with nothing to answer (checking, erasing, unplug your phone) holds the focus
            // itself: left to JavaFX it would land on the header, where Enter toggles large text.
            first.<Node>map(answer -> answer).orElse(content).requestFocus();
            answerFocused = first.isPresent();
        } finally {
            placingFocus = false;
        }
        stopWaiting.run();
        if (first.isEmpty() || !ScreenAnswers.isPrimary(first.get())) {
            ScreenAnswers.waitingPrimary(screen).ifPresent(this::focusWhenPressable);
        }
    }

    /**
     * A primary decision that becomes pressable later (consent after its gate, "Check again" once
     * the refusal is worded) takes the focus then, unless the seller moved it. One waits at a time.
     */
    private void focusWhenPressable(ButtonBase primary) {
        Node fallback = getScene() == null ? null : getScene().getFocusOwner();
        InvalidationListener check = new InvalidationListener() {
            @Override
            public void invalidated(Observable o) {
                if (primary.isVisible() && !primary.isDisabled()) {
                    stopWaiting.run();
                    Node owner = getScene() == null ? null : getScene().getFocusOwner();
                    if (owner == fallback || !ScreenAnswers.usable(owner)) {
                        primary.requestFocus();
                    }
                }
            }
        };
        primary.disabledProperty().addListener(check);
        primary.visibleProperty().addListener(check);
        stopWaiting = () -> {
            primary.disabledProperty().removeListener(check);
            primary.visibleProperty().removeListener(check);
            stopWaiting = () -> {};
        };
    }

    /**
     * When the focused control leaves the screen (an answer replaced, a button hidden), JavaFX
     * moves the focus to the first control of the window, the header; it goes to the screen's
     * first answer instead.
     */
    private void keepFocusOnTheScreen(javafx.scene.Scene scene) {
        scene.focusOwnerProperty().addListener((o, before, now) -> {
            if (!placingFocus && now instanceof ButtonBase control && control.getText() != null) {
                vm.focused(spokenName(control));
            }
            boolean lost = before != null && !ScreenAnswers.usable(before);
            if (lost && (now == null || !isInContent(now))) {
                focusFirstAnswer();
            }
        });
    }

    private boolean isInContent(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == content) {
                return true;
            }
        }
        return false;
    }
}
