/**
 * A phone (or a seller) refused: {@link RefusalViewModel} gives the reason in plain words, how to
 * fix it, and whether fixing it on the spot and trying again can work; {@link RefusalView} only
 * binds. The reasons are the session's; the view model only words them and stays off
 * {@code javafx.scene}.
 */
package org.cleartrade.ui.screen.refusal;
