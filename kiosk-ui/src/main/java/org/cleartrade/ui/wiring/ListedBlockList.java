package org.cleartrade.ui.wiring;

import java.util.Set;
import org.cleartrade.core.backoffice.BlockList;

/**
 * Demo mode's block list: a fixed set of IMEIs reported lost or stolen, answered in process so
 * the demo runs with no fleet service. A kiosk with a fleet endpoint uses the back office's HTTP
 * block list instead.
 */
public final class ListedBlockList implements BlockList {

    private final Set<String> blocked;

    public ListedBlockList(Set<String> blocked) {
        this.blocked = Set.copyOf(blocked);
    }

    @Override
    public Answer check(String imei) {
        return blocked.contains(imei) ? new Answer.Blocked("reported lost or stolen (demo list)") : new Answer.Clear();
    }
}
