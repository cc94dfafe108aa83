/**
 * The condition questions, one decision per screen (powers on, screen, body, water):
 * {@link ConditionViewModel} keeps the answers of one {@code PhaseVisit} and sends them to the
 * session together once the last is given, as pricing's {@code Condition}; {@link ConditionView}
 * binds each question's answers as large buttons. The view model stays off {@code javafx.scene}.
 */
package org.cleartrade.ui.screen.condition;
