/**
 * The screens that end a journey or pause it for the seller: take the phone back, close the bin
 * door, done, goodbye, wait for staff. {@link NoticeViewModel} says what happened and what to do
 * next, and claims nothing that did not happen (with the seller's reference when staff must help);
 * {@link NoticeView} only binds. The view model stays off {@code javafx.scene}.
 */
package org.cleartrade.ui.screen.notice;
