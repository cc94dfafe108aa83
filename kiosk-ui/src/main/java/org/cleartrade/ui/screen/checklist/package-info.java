/**
 * The security checklist: what to do before selling, why, and how on the seller's own phone.
 * {@link ChecklistViewModel} holds the maker picked and the item opened (for one visit only),
 * {@link ChecklistRows} turns the session's checklist into {@link ChecklistRow}s of copy from the
 * {@code checklist} bundle, and {@link ChecklistView} with {@link ChecklistNode} only bind. The
 * rows are shared with the inspection, condition and refusal screens, which show what inspection
 * found; the view model stays off {@code javafx.scene}.
 */
package org.cleartrade.ui.screen.checklist;
