package org.cleartrade.ui.screen;

import javafx.scene.Node;

/** A screen's node and its view model, so the shell can show its title, notice and prompt. */
public record ScreenView(Node node, ScreenViewModel model) {}
