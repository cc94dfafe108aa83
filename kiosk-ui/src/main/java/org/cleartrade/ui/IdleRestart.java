package org.cleartrade.ui;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

/**
 * A restart the package asked for, done when nobody is using the kiosk. After an update the
 * package's postinst writes a request file instead of restarting the running kiosk; each {@link
 * #check()} looks for it and, once the seat is idle (the attract screen, no staff signed in),
 * removes it and restarts. systemd then starts the new version ({@value #EXIT_STATUS} is a
 * restart, not a failure, in the unit). A seller in a session is never cut short by an update.
 *
 * <p>Threading: {@link #check()} runs on the thread that may read the session and the console.
 */
final class IdleRestart {

    /** The exit status that asks systemd for a restart (EX_TEMPFAIL). */
    static final int EXIT_STATUS = 75;

    private static final System.Logger LOG = System.getLogger(IdleRestart.class.getName());

    private final Path request;
    private final BooleanSupplier idle;
    private final Runnable restart;

    /**
     * @param request the file the package writes
     * @param idle whether no seller and no staff member is using the kiosk now
     * @param restart ends the kiosk with {@link #EXIT_STATUS}
     */
    IdleRestart(Path request, BooleanSupplier idle, Runnable restart) {
        this.request = request;
        this.idle = idle;
        this.restart = restart;
    }

    /** Restarts when a restart was asked for and the kiosk is idle; returns whether it did. */
    boolean check() {
        if (!Files.exists(request) || !idle.getAsBoolean()) {
            return false;
        }
        try {
            Files.deleteIfExists(request);
        } catch (IOException e) {
            // A request that cannot be removed would restart the kiosk again and again.
            LOG.log(Level.WARNING, "an update asked for a restart, but " + request + " cannot be removed", e);
            return false;
        }
        LOG.log(Level.INFO, "restarting for an update: the kiosk is idle");
        restart.run();
        return true;
    }
}
