/**
 * While the kiosk inspects the phone and checks its IMEI: {@link InspectionViewModel} says what it
 * is doing and lists what it verified, as checklist rows; {@link InspectionView} only binds. The
 * seller only waits here, and the view model stays off {@code javafx.scene}.
 */
package org.cleartrade.ui.screen.inspection;
