/**
 * The offer: {@link QuoteViewModel} shows the amount, its breakdown ({@link BreakdownLine}s), how
 * long it holds, and the choice to accept or decline; {@link QuoteView} only binds. The amounts are
 * the session's quote, formatted for the language; nothing is priced here, and the view model stays
 * off {@code javafx.scene}.
 */
package org.cleartrade.ui.screen.quote;
