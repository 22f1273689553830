package org.caseloadplanner.testsupport;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A TCP relay on 127.0.0.1 between a planner and the test PostgreSQL server that can break the connection at the
 * moment a transaction is committed, as a failing network or a server restart does (either the COMMIT never
 * reaches the server, or it does and its answer never comes back), or cut every connection for good.
 */
public final class CuttingProxy implements AutoCloseable {

    /** Where the next COMMIT is cut. */
    public enum Cut {
        /** The COMMIT is dropped: the server never commits, and the planner hears nothing. */
        BEFORE_THE_SERVER,
        /** The COMMIT reaches the server, which commits; its answer is dropped. */
        AFTER_THE_SERVER
    }

    private final ServerSocket listening;
    private final int serverPort;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private volatile Cut next;

    public CuttingProxy(int serverPort) {
        this.serverPort = serverPort;
        try {
            listening = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread accepting = new Thread(this::accept, "cutting-proxy");
        accepting.setDaemon(true);
        accepting.start();
    }

    public int port() {
        return listening.getLocalPort();
    }

    /** Cuts the connection that next sends a COMMIT, in the way given; later connections are relayed whole. */
    public void cutNextCommit(Cut how) {
        next = how;
    }

    private void accept() {
        while (!listening.isClosed()) {
            try {
                Socket planner = listening.accept();
                Socket server = new Socket(InetAddress.getLoopbackAddress(), serverPort);
                open.add(planner);
                open.add(server);
                AtomicBoolean answerDropped = new AtomicBoolean();
                relay(planner, server, true, answerDropped);
                relay(server, planner, false, answerDropped);
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void relay(Socket from, Socket to, boolean towardsServer, AtomicBoolean answerDropped) {
        Thread t = new Thread(() -> {
            try {
                if (towardsServer) {
                    towardsServer(from, to, answerDropped);
                } else {
                    byte[] buffer = new byte[64 * 1024];
                    InputStream in = from.getInputStream();
                    OutputStream out = to.getOutputStream();
                    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                        if (!answerDropped.get()) {
                            out.write(buffer, 0, n);
                            out.flush();
                        }
                    }
                }
            } catch (IOException | InterruptedException e) {
                // One side went: the other goes with it.
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "cutting-proxy-relay");
        t.setDaemon(true);
        t.start();
    }

    /**
     * Relays the planner's messages one by one, knowing a COMMIT however the driver sends it: as a query's text,
     * or (once it has prepared it) as a statement named when it was first parsed.
     */
    private void towardsServer(Socket from, Socket to, AtomicBoolean answerDropped)
            throws IOException, InterruptedException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(from.getInputStream()));
        OutputStream out = new BufferedOutputStream(to.getOutputStream());
        java.util.Set<String> commitStatements = new java.util.HashSet<>();
        boolean started = false;
        boolean cutAtSync = false;
        while (true) {
            byte type;
            byte[] body;
            if (!started) { // the first messages have no type: an encryption request, then the start-up
                int length = in.readInt();
                body = new byte[length - 4];
                in.readFully(body);
                int code = java.nio.ByteBuffer.wrap(body).getInt();
                started = code != 80877103 && code != 80877104;
                out.write(java.nio.ByteBuffer.allocate(4).putInt(length).array());
                out.write(body);
                out.flush();
                continue;
            }
            type = in.readByte();
            int length = in.readInt();
            body = new byte[length - 4];
            in.readFully(body);
            boolean commit = false;
            if (type == 'Q') {
                commit = text(body, 0).trim().equalsIgnoreCase("COMMIT");
            } else if (type == 'P') {
                String name = text(body, 0);
                String query = text(body, name.length() + 1);
                commit = query.trim().equalsIgnoreCase("COMMIT");
                if (commit && !name.isEmpty()) {
                    commitStatements.add(name);
                }
            } else if (type == 'B') {
                String portal = text(body, 0);
                commit = commitStatements.contains(text(body, portal.length() + 1));
            }
            Cut how = next;
            if (commit && how != null) {
                next = null;
                if (how == Cut.BEFORE_THE_SERVER) {
                    from.close();
                    to.close();
                    return;
                }
                answerDropped.set(true);
                cutAtSync = true;
            }
            out.write(type);
            out.write(java.nio.ByteBuffer.allocate(4).putInt(length).array());
            out.write(body);
            if (in.available() == 0) {
                out.flush();
            }
            if (cutAtSync && (type == 'S' || type == 'Q')) {
                out.flush();
                Thread.sleep(300); // the server commits; its answer is swallowed
                from.close();
                to.close();
                return;
            }
        }
    }

    /** The zero-ended text starting at {@code at}. */
    private static String text(byte[] body, int at) {
        int end = at;
        while (end < body.length && body[end] != 0) {
            end++;
        }
        return new String(body, at, end - at, StandardCharsets.UTF_8);
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // Already gone.
        }
    }

    /**
     * Does what a server going down (or a network cable pulled) does to a planner: every connection broken, and
     * no new one answered.
     */
    public void cut() {
        close();
    }

    @Override
    public void close() {
        try {
            listening.close();
        } catch (IOException ignored) {
            // Already closed.
        }
        open.forEach(CuttingProxy::closeQuietly);
    }
}
