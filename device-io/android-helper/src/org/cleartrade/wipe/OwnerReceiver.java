package org.cleartrade.wipe;

import android.app.admin.DeviceAdminReceiver;

/** The admin component that `dpm set-device-owner org.cleartrade.wipe/.OwnerReceiver` names. */
public final class OwnerReceiver extends DeviceAdminReceiver {}
