package org.cleartrade.ledger.h2;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.cleartrade.core.ledger.LedgerException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * Opens the ledger's H2 file ({@code ledger.mv.db} in a folder) with the settings decision 0700
 * requires, creating and migrating it first when it does not exist yet.
 *
 * <p>A new database is built and migrated under a temporary name, synced, closed and renamed into
 * place (then the folder is synced), so a power cut during the very first start never leaves a
 * half-made schema behind.
 *
 * <p>The store never reuses free space in the file: with reuse on, the kill test saw H2 reopen a
 * killed database at an older version, losing acknowledged synced commits (decision 0702). The
 * file therefore only grows; when it is larger than {@link #REBUILD_ABOVE_BYTES} at open, its
 * content is rebuilt into a fresh file the same way a new one is made, then renamed into place.
 */
final class H2LedgerFile {
    private static final System.Logger LOG = System.getLogger(H2LedgerFile.class.getName());
    private static final String NAME = "ledger";
    private static final String REBUILT = NAME + "-rebuilt";

    /** A file this large at open is rebuilt; a kiosk writes roughly 30 MB a day (decision 0702). */
    static final long REBUILD_ABOVE_BYTES = 256L * 1024 * 1024;

    private H2LedgerFile() {}

    static Path databaseFile(Path folder) {
        return folder.resolve(NAME + ".mv.db");
    }

    /**
     * Opens a connection with auto-commit off to the migrated ledger in {@code folder}.
     *
     * @param fileSystem H2's file system prefix, {@code file:} for the plain disk
     */
    static Connection open(Path folder, String fileSystem) {
        requireSafeName(folder);
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new LedgerException("cannot create the ledger folder " + folder + ": " + e.getMessage(), e);
        }
        OwnerOnly.folder(folder);
        discardRebuildLeftovers(folder);
        if (!Files.exists(databaseFile(folder))) {
            create(folder, fileSystem);
        } else {
            requireWritable(folder);
            if (size(folder) > REBUILD_ABOVE_BYTES) {
                rebuild(folder, fileSystem);
            }
        }
        String url = url(fileSystem, folder, NAME);
        Connection connection = connect(url, folder);
        OwnerOnly.filesIn(folder);
        try {
            migrate(url, folder);
            connection.setAutoCommit(false);
            return connection;
        } catch (SQLException | LedgerException e) {
            closeQuietly(connection, e);
            throw e instanceof LedgerException
                    ? (LedgerException) e
                    : new LedgerException("cannot prepare the ledger in " + folder + ": " + e.getMessage(), e);
        }
    }

    /**
     * The folder name goes into H2's database URL, where {@code ;} starts a setting and cannot be
     * escaped: a name holding one (or a control character) is refused, never passed on.
     */
    static void requireSafeName(Path folder) {
        String name = folder.toString();
        if (name.contains(";") || !name.codePoints().allMatch(c -> c >= 0x20 && c != 0x7f)) {
            throw new LedgerException("the ledger folder " + name.replaceAll("\\p{Cntrl}", "?")
                    + " must not contain ';' or control characters: its name is part of the database URL");
        }
    }

    /**
     * A ledger that cannot be written would open and then fail at the first commit, after a seller
     * had started; it is refused at open instead.
     */
    private static void requireWritable(Path folder) {
        Path file = databaseFile(folder);
        try {
            boolean ownerMayWrite = !Files.getFileStore(file).supportsFileAttributeView("posix")
                    || Files.getPosixFilePermissions(file).contains(PosixFilePermission.OWNER_WRITE);
            if (!ownerMayWrite
                    || !Files.isWritable(file)
                    || Files.getFileStore(file).isReadOnly()) {
                throw new LedgerException("the ledger database " + file + " is read-only; the kiosk cannot record"
                        + " a trade in it (check its permissions, its owner and the disk it is on)");
            }
        } catch (IOException e) {
            throw new LedgerException("cannot read the permissions of " + file + ": " + e.getMessage(), e);
        }
    }

    private static void create(Path folder, String fileSystem) {
        String temporary = NAME + "-new";
        Path temporaryFile = folder.resolve(temporary + ".mv.db");
        try {
            Files.deleteIfExists(temporaryFile);
            String url = url(fileSystem, folder, temporary);
            try (Connection connection = connect(url, folder)) {
                migrate(url, folder);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("CHECKPOINT SYNC");
                    statement.execute("SHUTDOWN");
                }
            }
            Files.move(temporaryFile, databaseFile(folder), StandardCopyOption.ATOMIC_MOVE);
            syncDirectory(folder);
        } catch (IOException | SQLException e) {
            throw new LedgerException("cannot create a new ledger in " + folder + ": " + e.getMessage(), e);
        }
    }

    /**
     * Copies the ledger's content into a fresh, compact file and renames it over the old one. A
     * kill before the rename leaves the old file untouched; the rename is atomic and synced.
     */
    static void rebuild(Path folder, String fileSystem) {
        Path dump = folder.resolve(REBUILT + ".sql.gz");
        Path rebuiltFile = folder.resolve(REBUILT + ".mv.db");
        long before = size(folder);
        try {
            discardRebuildLeftovers(folder);
            try (Connection old = connect(url(fileSystem, folder, NAME), folder);
                    Statement statement = old.createStatement()) {
                statement.execute("SCRIPT TO " + sqlString(dump) + " COMPRESSION GZIP");
            }
            // Built with H2's defaults (free space reused): a kill here only loses this temporary file.
            try (Connection fresh = connect(plainUrl(fileSystem, folder, REBUILT), folder);
                    Statement statement = fresh.createStatement()) {
                statement.execute("RUNSCRIPT FROM " + sqlString(dump) + " COMPRESSION GZIP");
                statement.execute("CHECKPOINT SYNC");
                statement.execute("SHUTDOWN COMPACT");
            }
            try (FileChannel file = FileChannel.open(rebuiltFile, StandardOpenOption.WRITE)) {
                file.force(true);
            }
            Files.move(rebuiltFile, databaseFile(folder), StandardCopyOption.ATOMIC_MOVE);
            syncDirectory(folder);
            Files.deleteIfExists(dump);
            LOG.log(Level.INFO, "ledger rebuilt in {0}: {1} bytes, was {2}", folder, size(folder), before);
        } catch (IOException | SQLException e) {
            throw new LedgerException("cannot rebuild the ledger in " + folder + ": " + e.getMessage(), e);
        }
    }

    /**
     * Renames the ledger file, if there is one, to {@code ledger-set-aside-<epoch millis>.mv.db} in
     * the same owner-only folder, so that a technician's new ledger never destroys the old one.
     */
    static void setAside(Path folder, java.time.Instant at) {
        Path file = databaseFile(folder);
        if (!Files.exists(file)) {
            return;
        }
        Path aside = folder.resolve(NAME + "-set-aside-" + at.toEpochMilli() + ".mv.db");
        try {
            Files.move(file, aside, StandardCopyOption.ATOMIC_MOVE);
            syncDirectory(folder);
            LOG.log(Level.WARNING, "ledger {0} set aside as {1}", file, aside);
        } catch (IOException e) {
            throw new LedgerException("cannot set the ledger " + file + " aside: " + e.getMessage(), e);
        }
    }

    /**
     * Deletes what a rebuild cut short left behind; the dump holds personal data, so it never
     * outlives the start after the kill.
     */
    private static void discardRebuildLeftovers(Path folder) {
        try {
            Files.deleteIfExists(folder.resolve(REBUILT + ".sql.gz"));
            Files.deleteIfExists(folder.resolve(REBUILT + ".mv.db"));
        } catch (IOException e) {
            throw new LedgerException("cannot delete a half-made ledger copy in " + folder + ": " + e.getMessage(), e);
        }
    }

    private static String sqlString(Path path) {
        return "'" + path.toString().replace("'", "''") + "'";
    }

    private static long size(Path folder) {
        try {
            return Files.size(databaseFile(folder));
        } catch (IOException e) {
            throw new LedgerException("cannot read the size of the ledger in " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Makes a rename durable: on Linux, fsync of the directory (not possible on every OS). */
    private static void syncDirectory(Path folder) {
        try (FileChannel directory = FileChannel.open(folder, StandardOpenOption.READ)) {
            directory.force(true);
        } catch (IOException e) {
            LOG.log(Level.DEBUG, "cannot sync directory {0} on this platform: {1}", folder, e.getMessage());
        }
    }

    /** The only place a database URL is built from a path; {@link #requireSafeName} ran first. */
    private static String url(String fileSystem, Path folder, String name) {
        // WRITE_DELAY=0 stops MVStore's background writer and its write executors, so every chunk
        // is written by the committing thread itself; with them running, CHECKPOINT SYNC can fsync
        // while the chunk holding the commit still waits in a write queue (decision 0700).
        // REUSE_SPACE=FALSE appends every chunk at the end of the file (decision 0702).
        requireSafeName(folder);
        return "jdbc:h2:" + fileSystem + folder.resolve(name)
                + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;REUSE_SPACE=FALSE";
    }

    /** H2's defaults, for the rebuilt copy (see {@link #rebuild}). */
    private static String plainUrl(String fileSystem, Path folder, String name) {
        requireSafeName(folder);
        return "jdbc:h2:" + fileSystem + folder.resolve(name);
    }

    private static Connection connect(String url, Path folder) {
        try {
            return DriverManager.getConnection(url, "sa", "");
        } catch (SQLException e) {
            throw new LedgerException(H2OpenFailure.describe(e, databaseFile(folder)), e);
        }
    }

    private static void migrate(String url, Path folder) {
        try {
            Flyway.configure()
                    .dataSource(url, "sa", "")
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new LedgerException(
                    "cannot migrate the ledger schema in " + folder + ": " + H2Ledger.firstLine(e), e);
        }
    }

    private static void closeQuietly(Connection connection, Exception cause) {
        try {
            connection.close();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }
}
