/**
 * Consent to erase: {@link ConsentViewModel} says the scope, method and effect of the erasure
 * before anything happens, then the seller agrees or cancels; {@link ConsentView} only binds.
 * {@link ConsentWording} picks the paragraphs that fit this phone, so the text promises only what
 * the kiosk will do to it, and {@link ConsentText} is that text exactly as shown, recorded with its
 * language and hash when the seller agrees. The view model stays off {@code javafx.scene}.
 */
package org.cleartrade.ui.screen.consent;
