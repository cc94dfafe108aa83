package org.cleartrade.core.operator;

import java.util.EnumSet;
import java.util.Set;

/** What a signed-in staff member may do. */
public enum Role {
    /** Store staff: empties bins, resolves alerts, finishes interrupted trades, reprints and voids, exports. */
    OPERATOR(EnumSet.of(
            Permission.VIEW_BINS,
            Permission.RESTOCK,
            Permission.RESOLVE_ALERT,
            Permission.SETTLE_TRADE,
            Permission.REPRINT,
            Permission.VOID_TRADE,
            Permission.EXPORT)),
    /** Service technician: everything an operator may do, plus device self-tests and closing the kiosk. */
    TECHNICIAN(EnumSet.allOf(Permission.class));

    private final Set<Permission> permissions;

    Role(Set<Permission> permissions) {
        this.permissions = Set.copyOf(permissions);
    }

    public boolean may(Permission permission) {
        return permissions.contains(permission);
    }

    public enum Permission {
        VIEW_BINS,
        RESTOCK,
        /** Close an alert after looking into it. */
        RESOLVE_ALERT,
        /**
         * Finish an interrupted trade for its seller: take the phone in and issue the voucher, pay by
         * hand, or give the erased phone back.
         */
        SETTLE_TRADE,
        REPRINT,
        VOID_TRADE,
        EXPORT,
        SELF_TEST,
        /** Close the kiosk program in kiosk mode, for service. */
        EXIT_KIOSK
    }
}
