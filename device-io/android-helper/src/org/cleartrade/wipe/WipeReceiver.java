package org.cleartrade.wipe;

import android.app.admin.DevicePolicyManager;
import android.content.BroadcastReceiver;
import android.content.Context;
import android.content.Intent;
import android.os.Build;
import android.os.SystemClock;

/**
 * Answers {@code am broadcast -a org.cleartrade.wipe.action.WIPE -n org.cleartrade.wipe/.WipeReceiver}.
 *
 * <p>As device owner it first returns the acknowledgement the kiosk records (result -1, data
 * {@code WIPE_ACCEPTED version=V api=wipeDevice}, naming the call it is about to make), then
 * factory-resets the phone through {@link DevicePolicyManager#wipeDevice} (API 34+) or
 * {@link DevicePolicyManager#wipeData}. On
 * file-based-encrypted storage the reset destroys the keys: a cryptographic erase. When it is not
 * device owner it answers result 0 with {@code WIPE_REFUSED not device owner} and does nothing.
 */
public final class WipeReceiver extends BroadcastReceiver {

    static final String VERSION = "1.1.0";
    private static final int RESULT_OK = -1;
    /** Time for the acknowledgement to reach the adb shell before the reset takes the phone down. */
    private static final long ACK_GRACE_MS = 1500;

    @Override
    public void onReceive(Context context, Intent intent) {
        final DevicePolicyManager dpm = (DevicePolicyManager) context.getSystemService(Context.DEVICE_POLICY_SERVICE);
        if (dpm == null || !dpm.isDeviceOwnerApp(context.getPackageName())) {
            setResult(0, "WIPE_REFUSED not device owner", null);
            return;
        }
        final boolean wipeDevice = Build.VERSION.SDK_INT >= 34;
        final PendingResult pending = goAsync();
        pending.setResult(
                RESULT_OK, "WIPE_ACCEPTED version=" + VERSION + " api=" + (wipeDevice ? "wipeDevice" : "wipeData"), null);
        new Thread(new Runnable() {
            @Override
            public void run() {
                pending.finish();
                SystemClock.sleep(ACK_GRACE_MS);
                if (wipeDevice) {
                    dpm.wipeDevice(0);
                } else {
                    dpm.wipeData(0);
                }
            }
        }, "cleartrade-wipe").start();
    }
}
