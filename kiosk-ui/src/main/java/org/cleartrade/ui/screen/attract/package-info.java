/**
 * The idle screen: {@link AttractViewModel} greets in every offered language, each greeting in its
 * own language, with a large button per language that starts a session in it; {@link AttractView}
 * only binds. The buttons keep their words and places whatever language the last seller chose. The
 * view model uses JavaFX properties only, no {@code javafx.scene}, and sends the start through the
 * session model.
 */
package org.cleartrade.ui.screen.attract;
