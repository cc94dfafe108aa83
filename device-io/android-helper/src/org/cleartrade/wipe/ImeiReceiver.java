package org.cleartrade.wipe;

import android.app.admin.DevicePolicyManager;
import android.content.BroadcastReceiver;
import android.content.Context;
import android.content.Intent;
import android.telephony.TelephonyManager;

/**
 * Answers {@code am broadcast -a org.cleartrade.wipe.action.READ_IMEI -n org.cleartrade.wipe/.ImeiReceiver}
 * with result -1 and data {@code IMEI a,b}: the IMEI of each slot, so the kiosk can check them
 * against the block list before it erases anything.
 *
 * <p>Android 10 and later hide the IMEI from the adb shell, but {@link TelephonyManager#getImei(int)}
 * still answers the device owner (its documentation: "the caller is the device or profile owner").
 * Not device owner: result 0, {@code IMEI_REFUSED not device owner}. A slot with no IMEI (a
 * single-SIM phone's second slot) is left out. Protected by {@code android.permission.DUMP}, like
 * the wipe receiver.
 */
public final class ImeiReceiver extends BroadcastReceiver {

    private static final int RESULT_OK = -1;

    @Override
    public void onReceive(Context context, Intent intent) {
        DevicePolicyManager dpm = (DevicePolicyManager) context.getSystemService(Context.DEVICE_POLICY_SERVICE);
        if (dpm == null || !dpm.isDeviceOwnerApp(context.getPackageName())) {
            setResult(0, "IMEI_REFUSED not device owner", null);
            return;
        }
        TelephonyManager telephony = (TelephonyManager) context.getSystemService(Context.TELEPHONY_SERVICE);
        StringBuilder imeis = new StringBuilder();
        int slots = telephony == null ? 0 : telephony.getPhoneCount();
        for (int slot = 0; slot < slots; slot++) {
            String imei;
            try {
                imei = telephony.getImei(slot);
            } catch (SecurityException e) {
                setResult(0, "IMEI_REFUSED " + e.getMessage(), null);
                return;
            }
            if (imei != null && !imei.isEmpty()) {
                imeis.append(imeis.length() == 0 ? "" : ",").append(imei);
            }
        }
        setResult(RESULT_OK, "IMEI " + imeis, null);
    }
}
