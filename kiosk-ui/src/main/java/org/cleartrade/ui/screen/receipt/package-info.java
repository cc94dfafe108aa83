/**
 * The erasure certificate on screen: {@link ReceiptViewModel} shows its signed QR at once while the
 * paper copy prints and, if the printer fails, keeps the QR and a plain-words summary until the
 * seller says they saved it, before the bin opens; {@link ReceiptView} only binds. The view model
 * stays off {@code javafx.scene}.
 */
package org.cleartrade.ui.screen.receipt;
