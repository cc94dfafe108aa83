package org.cleartrade.ledger.h2;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.util.concurrent.atomic.AtomicLong;
import org.h2.store.fs.FileBase;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * An H2 file system ({@code forcecount:/path}) that passes everything to the disk and counts the
 * calls that force a file to the storage device. H2 instantiates file paths itself by reflection, so
 * the count is one static counter, reset by each test that reads it.
 */
public final class ForceCountingFileSystem extends FilePathWrapper {
    static final String SCHEME = "forcecount";
    private static final AtomicLong FORCES = new AtomicLong();

    /** Makes the {@code forcecount:} prefix known to H2; registering twice is harmless. */
    static void register() {
        FilePath.register(new ForceCountingFileSystem());
    }

    static long forces() {
        return FORCES.get();
    }

    static void reset() {
        FORCES.set(0);
    }

    @Override
    public String getScheme() {
        return SCHEME;
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        return new CountingChannel(getBase().open(mode));
    }

    /** Delegates to the real channel; counts {@link #force}. */
    private static final class CountingChannel extends FileBase {
        private final FileChannel base;

        CountingChannel(FileChannel base) {
            this.base = base;
        }

        @Override
        public void force(boolean metaData) throws IOException {
            FORCES.incrementAndGet();
            base.force(metaData);
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            return base.read(dst);
        }

        @Override
        public int read(ByteBuffer dst, long position) throws IOException {
            return base.read(dst, position);
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            return base.write(src);
        }

        @Override
        public int write(ByteBuffer src, long position) throws IOException {
            return base.write(src, position);
        }

        @Override
        public long position() throws IOException {
            return base.position();
        }

        @Override
        public FileChannel position(long newPosition) throws IOException {
            base.position(newPosition);
            return this;
        }

        @Override
        public long size() throws IOException {
            return base.size();
        }

        @Override
        public FileChannel truncate(long size) throws IOException {
            base.truncate(size);
            return this;
        }

        @Override
        public FileLock tryLock(long position, long size, boolean shared) throws IOException {
            return base.tryLock(position, size, shared);
        }

        @Override
        public FileLock lock(long position, long size, boolean shared) throws IOException {
            return base.lock(position, size, shared);
        }

        @Override
        protected void implCloseChannel() throws IOException {
            base.close();
        }
    }
}
