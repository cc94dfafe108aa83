package org.cleartrade.ui.screen.quote;

/** One line of the offer's breakdown: a label and a formatted amount. */
public record BreakdownLine(String label, String amount, boolean total) {}
