package org.caseloadplanner.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A hostile "PostgreSQL server" on 127.0.0.1, as someone on the council's network could set up: it declines
 * to encrypt, asks for the password in clear, and keeps every byte a client sends it, so a test can prove what a
 * client gave away.
 */
public final class RecordingServer implements AutoCloseable {

    private static final int SSL_REQUEST = 80_877_103;
    private static final int GSS_REQUEST = 80_877_104;
    private static final int PROTOCOL_3 = 196_608;

    private final ServerSocket socket;
    private final ByteArrayOutputStream received = new ByteArrayOutputStream();
    private final Thread accepting;
    private volatile int encryptionRequests;

    public RecordingServer() {
        try {
            socket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        accepting = new Thread(this::accept, "recording-server");
        accepting.setDaemon(true);
        accepting.start();
    }

    public int port() {
        return socket.getLocalPort();
    }

    /** Every byte any client sent, in order. */
    public byte[] received() {
        synchronized (received) {
            return received.toByteArray();
        }
    }

    /** Whether the text, in UTF-8, is anywhere in what the clients sent. */
    public boolean receivedText(String text) {
        return new String(received(), StandardCharsets.ISO_8859_1).contains(
                new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
    }

    /** How many times a client asked for an encrypted connection first (and was told no). */
    public int encryptionRequests() {
        return encryptionRequests;
    }

    private void accept() {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept()) {
                client.setSoTimeout(5_000);
                talk(client);
            } catch (IOException e) {
                // The client hung up, or the server was closed: the next one, if any.
            }
        }
    }

    private void talk(Socket client) throws IOException {
        DataInputStream in = new DataInputStream(new Recorded(client.getInputStream()));
        DataOutputStream out = new DataOutputStream(client.getOutputStream());
        while (true) {
            int length = in.readInt();
            int code = in.readInt();
            in.readFully(new byte[length - 8]);
            if (code == SSL_REQUEST || code == GSS_REQUEST) {
                encryptionRequests++;
                out.writeByte('N'); // no encryption here: a client that goes on sends the rest in clear
                out.flush();
            } else if (code == PROTOCOL_3) {
                out.writeByte('R');
                out.writeInt(8);
                out.writeInt(3); // the password, in clear, please
                out.flush();
                in.readByte();
                int passwordLength = in.readInt();
                in.readFully(new byte[passwordLength - 4]);
                return;
            } else {
                return;
            }
        }
    }

    @Override
    public void close() {
        try {
            socket.close();
            accepting.join(5_000);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The client's bytes, kept as they are read. */
    private final class Recorded extends java.io.FilterInputStream {
        Recorded(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                synchronized (received) {
                    received.write(b);
                }
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                synchronized (received) {
                    received.write(buffer, offset, n);
                }
            }
            return n;
        }
    }
}
