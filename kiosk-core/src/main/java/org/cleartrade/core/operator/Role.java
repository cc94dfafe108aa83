package org.cleartrade.core.operator;

import java.util.EnumSet;
import java.util.Set;

/** What a signed-in staff member may do. */
public enum Role {
    /** Store staff: empties bins, resolves alerts, reprints and voids, exports records. */
    OPERATOR(EnumSet.of(
            Permission.VIEW_BINS,
            Permission.RESTOCK,
            Permission.RESOLVE_ALERT,
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
        REPRINT,
        VOID_TRADE,
        EXPORT,
        SELF_TEST,
        /** Close the kiosk program in kiosk mode, for service. */
        EXIT_KIOSK
    }
}
