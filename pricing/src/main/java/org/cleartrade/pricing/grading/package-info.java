/**
 * Grading: the seller's answers ({@link Condition}) and the inspected battery health turned into a
 * {@link Grade} and the deductions from the grade-A price, by the table in {@link GradingRules}
 * (the same table as {@code docs/pricing.md}). Pure functions and data on the JDK alone; it knows
 * neither the price book nor the quote, so the rules are tested row by row on their own.
 */
package org.cleartrade.pricing.grading;
