package org.cleartrade.deviceio.printer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import org.cleartrade.ports.printer.MonoBitmap;

/**
 * The virtual printer as a network peer: a TCP server (port 9100 by convention) that feeds each
 * connection's bytes to an {@link EscPosEmulator}, writes the real-time status answers back, and
 * optionally saves every cut receipt as {@code receipt-NNNN.png} in a folder.
 *
 * <p>Like a real printer it serves one connection at a time; others wait in the backlog. A
 * refused or truncated stream is logged and kept in {@link EscPosEmulator#refusals()}; the
 * server keeps running. Threading: one daemon thread accepts and serves; {@link #close()} stops
 * it and waits for it.
 */
public final class VirtualPrinterServer implements AutoCloseable {
    private static final Logger LOG = System.getLogger(VirtualPrinterServer.class.getName());

    private final EscPosEmulator emulator;
    private final ServerSocket server;
    private final Thread thread;
    private final AtomicInteger saved = new AtomicInteger();
    private volatile Socket current;

    private VirtualPrinterServer(EscPosEmulator emulator, ServerSocket server, Path pngFolder) {
        this.emulator = emulator;
        this.server = server;
        if (pngFolder != null) {
            emulator.addListener(receipt -> save(pngFolder, receipt));
        }
        this.thread = new Thread(this::serve, "virtual-printer:" + server.getLocalPort());
        thread.setDaemon(true);
    }

    /**
     * Starts serving on the loopback interface.
     *
     * @param port 0 for any free port
     * @param pngFolder where to save receipts as PNG, or {@code null} not to save them
     */
    public static VirtualPrinterServer start(EscPosEmulator emulator, int port, Path pngFolder) throws IOException {
        Objects.requireNonNull(emulator, "emulator");
        if (pngFolder != null) {
            Files.createDirectories(pngFolder);
        }
        ServerSocket socket = new ServerSocket();
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        VirtualPrinterServer server = new VirtualPrinterServer(emulator, socket, pngFolder);
        server.thread.start();
        return server;
    }

    public int port() {
        return server.getLocalPort();
    }

    public EscPosEmulator emulator() {
        return emulator;
    }

    @Override
    public void close() {
        try {
            server.close();
            Socket s = current;
            if (s != null) {
                s.close();
            }
            thread.join(5_000);
        } catch (IOException e) {
            throw new UncheckedIOException("closing the virtual printer's socket failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void serve() {
        while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
                current = socket;
                serveConnection(socket);
            } catch (SocketException e) {
                if (!server.isClosed()) {
                    LOG.log(Level.WARNING, "virtual printer connection failed: {0}", e.getMessage());
                }
            } catch (IOException e) {
                LOG.log(Level.WARNING, "virtual printer connection failed: {0}", e.getMessage());
            } finally {
                current = null;
            }
        }
    }

    private void serveConnection(Socket socket) throws IOException {
        socket.setTcpNoDelay(true);
        InputStream in = socket.getInputStream();
        OutputStream out = socket.getOutputStream();
        byte[] buffer = new byte[8192];
        int n;
        try {
            while ((n = in.read(buffer)) >= 0) {
                byte[] answers = emulator.receive(buffer, 0, n);
                if (answers.length > 0) {
                    out.write(answers);
                    out.flush();
                }
            }
        } finally {
            emulator.endOfStream();
        }
    }

    private void save(Path folder, MonoBitmap receipt) {
        Path file = folder.resolve(String.format("receipt-%04d.png", saved.incrementAndGet()));
        try {
            Files.write(file, PaperImages.toPng(receipt));
        } catch (IOException e) {
            LOG.log(Level.ERROR, "cannot save printed receipt to {0}: {1}", file, e.getMessage());
        }
    }

    /**
     * Runs a virtual printer until killed: {@code [port] [58|80] [png folder]}, defaults 9100,
     * 80 and {@code printed-receipts}.
     */
    public static void main(String[] args) throws IOException, InterruptedException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : TcpPrinterTransport.DEFAULT_PORT;
        PaperWidth paper = args.length > 1 ? PaperWidth.ofMillimetres(args[1]) : PaperWidth.MM80;
        Path folder = Path.of(args.length > 2 ? args[2] : "printed-receipts");
        try (VirtualPrinterServer server = start(new EscPosEmulator(paper), port, folder)) {
            System.out.println("virtual printer on 127.0.0.1:" + server.port() + ", receipts in " + folder);
            server.thread.join();
        }
    }
}
