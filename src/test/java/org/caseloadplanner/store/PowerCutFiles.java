package org.caseloadplanner.store;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import org.h2.store.fs.FileBaseDefault;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * A disk that can lose its power: put under the engine as the file system {@value #PREFIX}, it writes through to
 * the real files but remembers, for each, what has been forced to the disk and every write since. At a cut, nothing
 * more reaches the disk, and each file becomes what a real disk might hold after a power failure: what was forced,
 * plus any subset of the later writes, in any order, some of them torn at a sector's edge.
 */
public final class PowerCutFiles extends FilePathWrapper {

    public static final String PREFIX = "cut:";
    /** The smallest piece a disk writes whole. */
    private static final int SECTOR = 512;

    /** Every file written since the last cut, by its real path: the test's disk, shared by the engine's paths. */
    private static final Map<String, Tracked> FILES = new ConcurrentHashMap<>();
    /** The channels the engine has open, closed at a restart as a machine's are when it stops. */
    private static final java.util.Set<Channel> OPEN = ConcurrentHashMap.newKeySet();
    private static volatile boolean off;
    /** Every thread alive when the power failed: on a real machine none of them runs again, after the restart too. */
    private static final java.util.Set<Thread> STOPPED = ConcurrentHashMap.newKeySet();

    static {
        FilePath.register(new PowerCutFiles());
    }

    /** Opens a planner file on this disk, as the planner opens one on the real disk. */
    public static FileDatabase open(Path file) {
        return FileDatabase.connect(FileNames.normalise(file), FileDatabase.Access.normal(), false, PREFIX);
    }

    @Override
    public String getScheme() {
        return "cut";
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        refuseWhenOff();
        FileChannel base = getBase().open(mode);
        Path path = Path.of(getBase().toString()).toAbsolutePath();
        Tracked tracked = FILES.compute(path.toString(), (name, was) -> {
            Object inode = inode(path);
            return was != null && Objects.equals(was.inode, inode) ? was : new Tracked(path, inode);
        });
        Channel channel = new Channel(base, tracked);
        OPEN.add(channel);
        return channel;
    }

    /**
     * The power fails: from now on every thread that reads, writes, forces or opens a file stops there for good, as
     * on a machine that has stopped (and nothing it meant to do next happens). Those threads are left parked.
     */
    public static void cut() {
        STOPPED.addAll(Thread.getAllStackTraces().keySet());
        STOPPED.remove(Thread.currentThread());
        off = true;
    }

    /**
     * The machine starts again: each file written since the last start is made what the disk kept of it, chosen by
     * the random. Call once the engine that wrote them has let go of them.
     *
     * @return how many writes that were not yet forced were kept, whole or torn
     */
    public static int restart(Random random) throws IOException {
        for (Channel c : OPEN) {
            c.base.close(); // an engine that never noticed the cut lets go of the file, as a stopped process does
        }
        OPEN.clear();
        int kept = 0;
        double keepShare = random.nextDouble();
        for (Tracked t : FILES.values()) {
            if (!Files.exists(t.path) || !Objects.equals(inode(t.path), t.inode)) {
                continue; // deleted or replaced by a rename since: what now holds the name was forced before it
            }
            kept += t.afterCut(random, keepShare);
        }
        FILES.clear();
        forgetOpenDatabases();
        off = false;
        return kept;
    }

    /**
     * The process's memory went with the power: the engine's databases open in it are not found again by the next
     * connection, which would otherwise wait on their writer, parked at the cut for good.
     */
    private static void forgetOpenDatabases() {
        try {
            Field databases = Class.forName("org.h2.engine.Engine").getDeclaredField("DATABASES");
            databases.setAccessible(true);
            Map<?, ?> open = (Map<?, ?>) databases.get(null);
            synchronized (open) {
                open.clear();
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the engine's open databases cannot be forgotten", e);
        }
    }

    /** Forgets every file without a cut: for a test that starts afresh. */
    public static void reset() {
        OPEN.clear();
        FILES.clear();
        off = false;
    }

    private static void refuseWhenOff() {
        // A thread that was between two file operations at the cut must not wake after the restart and lock the file.
        if (off || STOPPED.contains(Thread.currentThread())) {
            while (true) {
                java.util.concurrent.locks.LockSupport.park(); // never returns: the machine stopped here
            }
        }
    }

    private static Object inode(Path path) {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class).fileKey();
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One write the disk has been given and not yet forced. */
    private record Write(long position, byte[] bytes, long truncatedTo) {
    }

    /** What the disk holds for sure of one file, and what it was given since. */
    private static final class Tracked {
        final Path path;
        final Object inode;
        byte[] forced;
        final List<Write> since = new ArrayList<>();

        Tracked(Path path, Object inode) {
            this.path = path;
            this.inode = inode;
            try {
                forced = Files.exists(path) ? Files.readAllBytes(path) : new byte[0];
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        synchronized void wrote(long position, byte[] bytes) {
            since.add(new Write(position, bytes, -1));
        }

        synchronized void truncated(long size) {
            since.add(new Write(0, null, size));
        }

        synchronized void force() {
            forced = apply(forced, since, since.size());
            since.clear();
        }

        /** Writes to the real file what the disk kept: the forced bytes and a random share of the rest. */
        synchronized int afterCut(Random random, double keepShare) throws IOException {
            List<Write> kept = new ArrayList<>();
            for (Write w : since) {
                if (random.nextDouble() >= keepShare) {
                    continue;
                }
                if (w.bytes() != null && w.bytes().length > SECTOR && random.nextInt(4) == 0) {
                    kept.addAll(torn(w, random));
                } else {
                    kept.add(w);
                }
            }
            Collections.shuffle(kept, random); // the disk may have written them in any order
            Files.write(path, apply(forced, kept, kept.size()));
            return kept.size();
        }

        /** Some of the write's sectors only: the disk lost power part way through it. */
        private static List<Write> torn(Write w, Random random) {
            List<Write> sectors = new ArrayList<>();
            for (int at = 0; at < w.bytes().length; at += SECTOR) {
                if (random.nextBoolean()) {
                    byte[] piece = Arrays.copyOfRange(w.bytes(), at, Math.min(w.bytes().length, at + SECTOR));
                    sectors.add(new Write(w.position() + at, piece, -1));
                }
            }
            return sectors;
        }

        private static byte[] apply(byte[] start, List<Write> writes, int count) {
            byte[] image = start;
            for (int i = 0; i < count; i++) {
                Write w = writes.get(i);
                if (w.bytes() == null) {
                    image = Arrays.copyOf(image, (int) Math.min(image.length, w.truncatedTo()));
                    continue;
                }
                int end = Math.toIntExact(w.position() + w.bytes().length);
                if (end > image.length) {
                    image = Arrays.copyOf(image, end);
                }
                System.arraycopy(w.bytes(), 0, image, (int) w.position(), w.bytes().length);
            }
            return image;
        }
    }

    /** The engine's view of one open file: every write recorded, every force making the writes sure. */
    private static final class Channel extends FileBaseDefault {
        private final FileChannel base;
        private final Tracked tracked;

        Channel(FileChannel base, Tracked tracked) {
            this.base = base;
            this.tracked = tracked;
        }

        @Override
        public synchronized int read(ByteBuffer dst, long position) throws IOException {
            refuseWhenOff();
            return base.read(dst, position);
        }

        @Override
        public synchronized int write(ByteBuffer src, long position) throws IOException {
            refuseWhenOff();
            byte[] bytes = new byte[src.remaining()];
            src.duplicate().get(bytes);
            int written = base.write(src, position);
            tracked.wrote(position, Arrays.copyOf(bytes, written));
            return written;
        }

        @Override
        protected void implTruncate(long size) throws IOException {
            refuseWhenOff();
            base.truncate(size);
            tracked.truncated(size);
        }

        @Override
        public void force(boolean metaData) throws IOException {
            refuseWhenOff();
            base.force(metaData);
            tracked.force();
        }

        @Override
        public long size() throws IOException {
            return base.size();
        }

        @Override
        public FileLock tryLock(long position, long size, boolean shared) throws IOException {
            refuseWhenOff();
            return base.tryLock(position, size, shared);
        }

        @Override
        protected void implCloseChannel() throws IOException {
            OPEN.remove(this);
            base.close(); // even when the power is off: the lock goes with the process that held it
        }
    }
}
