/**
 * The erase in front of the seller: {@link EraseViewModel} names each stage and marks the current
 * one from the session snapshot; {@link EraseView} only binds. Nothing to decide here, and the view
 * model stays off {@code javafx.scene}.
 */
package org.cleartrade.ui.screen.erase;
