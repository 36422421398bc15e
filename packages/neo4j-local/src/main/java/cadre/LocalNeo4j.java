package cadre;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;

/**
 * Runs a local, single-user Neo4j Community DBMS (embedded) and exposes it over Bolt on 127.0.0.1.
 *
 * <p>Protocol with the parent process (see src/start-local-neo4j.ts):
 * <ul>
 *   <li>stdout carries exactly two kinds of lines: {@code NEO4J READY bolt://127.0.0.1:<port>} once Bolt
 *       accepts connections, and {@code NEO4J STOPPED} after a clean shutdown. Everything else goes to
 *       stderr or to {@code <home>/logs/debug.log}.</li>
 *   <li>SIGTERM / SIGINT (or stdin reaching EOF with {@code --exit-on-stdin-eof}) shut the DBMS down
 *       cleanly.</li>
 *   <li>Exit codes: 0 clean stop (stdin EOF), 143/130 clean stop by SIGTERM/SIGINT (JVM convention),
 *       1 start-up failure, 2 bad arguments.</li>
 * </ul>
 */
public final class LocalNeo4j {
    static final String READY_PREFIX = "NEO4J READY ";
    static final String STOPPED_LINE = "NEO4J STOPPED";
    static final String HOST = "127.0.0.1";
    static final int DEFAULT_PORT = 7687;
    static final long DEFAULT_PAGE_CACHE = 256L * 1024 * 1024;

    private static final String USAGE = String.join("\n",
            "usage: java [jvm options] -cp <jars> cadre.LocalNeo4j --home <dir> [--port <1-65535>] [--page-cache <size>] [--exit-on-stdin-eof]",
            "  --home <dir>          Neo4j home: data/, logs/ live here (created if missing). Env: CADRE_NEO4J_HOME",
            "  --port <n>            Bolt port on 127.0.0.1 (default 7687). Env: CADRE_NEO4J_PORT",
            "  --page-cache <size>   page cache size, e.g. 256m, 1g (default 256m)",
            "  --exit-on-stdin-eof   shut down when stdin closes (used by the Node wrapper so the server",
            "                        never outlives its parent)");

    private LocalNeo4j() {}

    /** Parsed command line. */
    record Options(Path home, int port, long pageCache, boolean exitOnStdinEof) {}

    static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    public static void main(String[] args) {
        // Our stdout is a line protocol: make sure lines are flushed immediately.
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        System.setOut(out);

        Options options;
        try {
            options = parse(args);
        } catch (UsageException e) {
            System.err.println("cadre.LocalNeo4j: " + e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }

        try {
            run(options, out);
        } catch (Throwable t) {
            t.printStackTrace(System.err);
            // Summary last, so that it is in the tail of stderr that the Node wrapper reports.
            System.err.println("cadre.LocalNeo4j: Neo4j failed to start: " + describe(t));
            System.err.flush();
            System.exit(1); // runs the shutdown hook if the DBMS got far enough to register it

        }
    }

    static Options parse(String[] args) throws UsageException {
        String home = System.getenv("CADRE_NEO4J_HOME");
        String port = System.getenv("CADRE_NEO4J_PORT");
        String pageCache = null;
        boolean exitOnStdinEof = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String value = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                value = arg.substring(eq + 1);
                arg = arg.substring(0, eq);
            }
            switch (arg) {
                case "--help", "-h" -> {
                    System.out.println(USAGE);
                    System.exit(0);
                }
                case "--home" -> home = value != null ? value : next(args, ++i, arg);
                case "--port" -> port = value != null ? value : next(args, ++i, arg);
                case "--page-cache" -> pageCache = value != null ? value : next(args, ++i, arg);
                case "--exit-on-stdin-eof" -> {
                    if (value != null) {
                        throw new UsageException("--exit-on-stdin-eof takes no value");
                    }
                    exitOnStdinEof = true;
                }
                default -> throw new UsageException("unknown argument: " + args[i]);
            }
        }
        if (home == null || home.isBlank()) {
            throw new UsageException("missing --home <dir> (or CADRE_NEO4J_HOME)");
        }
        int portNumber = DEFAULT_PORT;
        if (port != null && !port.isBlank()) {
            try {
                portNumber = Integer.parseInt(port.trim());
            } catch (NumberFormatException e) {
                throw new UsageException("--port must be an integer, got: " + port);
            }
            if (portNumber < 1 || portNumber > 65535) {
                throw new UsageException("--port must be in 1..65535, got: " + portNumber);
            }
        }
        long pageCacheBytes = pageCache == null ? DEFAULT_PAGE_CACHE : parseSize(pageCache);
        return new Options(Path.of(home).toAbsolutePath().normalize(), portNumber, pageCacheBytes, exitOnStdinEof);
    }

    private static String next(String[] args, int i, String flag) throws UsageException {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new UsageException(flag + " needs a value");
        }
        return args[i];
    }

    static long parseSize(String text) throws UsageException {
        String s = text.trim().toLowerCase(Locale.ROOT);
        long multiplier = 1;
        if (s.endsWith("k")) {
            multiplier = 1024L;
        } else if (s.endsWith("m")) {
            multiplier = 1024L * 1024;
        } else if (s.endsWith("g")) {
            multiplier = 1024L * 1024 * 1024;
        }
        if (multiplier != 1) {
            s = s.substring(0, s.length() - 1);
        }
        try {
            long n = Long.parseLong(s);
            if (n <= 0) {
                throw new NumberFormatException();
            }
            return Math.multiplyExact(n, multiplier);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new UsageException("--page-cache must be a positive size like 256m or 1g, got: " + text);
        }
    }

    static void run(Options options, PrintStream out) throws Exception {
        Files.createDirectories(options.home());
        if (!Files.isDirectory(options.home()) || !Files.isWritable(options.home())) {
            throw new IOException("home is not a writable directory: " + options.home());
        }

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(options.home())
                // Bolt only, loopback only, no auth: a developer / test server.
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(HOST, options.port()))
                .setConfig(BoltConnector.advertised_address, new SocketAddress(HOST, options.port()))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                // Memory: heap comes from the java command line (-Xmx1g); the page cache is off-heap.
                .setConfig(GraphDatabaseSettings.pagecache_memory, options.pageCache())
                // Keep the disk footprint small: no preallocation, short transaction-log retention.
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                .setConfig(GraphDatabaseSettings.preallocate_store_files, false)
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
                .setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, 16L * 1024 * 1024)
                // Never phone home (there is no network besides loopback anyway).
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                .setConfig(GraphDatabaseInternalSettings.udc_network_enabled, false)
                // Bolt's Netty event loops otherwise wait a 5 s "quiet period" (twice) on shutdown.
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(5))
                .build();

        AtomicBoolean stopped = new AtomicBoolean(false);
        CountDownLatch stoppedLatch = new CountDownLatch(1);
        Runnable shutdown = () -> {
            if (stopped.compareAndSet(false, true)) {
                try {
                    dbms.shutdown();
                    out.println(STOPPED_LINE);
                } catch (Throwable t) {
                    System.err.println("cadre.LocalNeo4j: error during shutdown: " + describe(t));
                } finally {
                    out.flush();
                    stoppedLatch.countDown();
                }
            }
        };
        Runtime.getRuntime().addShutdownHook(new Thread(shutdown, "cadre-neo4j-shutdown"));

        GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        if (!db.isAvailable(Duration.ofMinutes(2).toMillis())) {
            throw new IllegalStateException("database '" + GraphDatabaseSettings.DEFAULT_DATABASE_NAME
                    + "' did not become available within 2 minutes (see " + options.home().resolve("logs/debug.log") + ")");
        }
        awaitBolt(options.port(), Duration.ofSeconds(60));

        out.println(READY_PREFIX + "bolt://" + HOST + ":" + options.port());
        out.flush();

        if (options.exitOnStdinEof()) {
            Thread watcher = new Thread(() -> {
                try {
                    InputStream in = System.in;
                    byte[] buffer = new byte[256];
                    while (in.read(buffer) >= 0) {
                        // ignore input; we only care about EOF
                    }
                } catch (IOException ignored) {
                    // treat a broken stdin like EOF
                }
                System.exit(0); // runs the shutdown hook
            }, "cadre-neo4j-stdin-watch");
            watcher.setDaemon(true);
            watcher.start();
        }

        // Keep the main thread alive until the shutdown hook has finished.
        while (!stoppedLatch.await(1, TimeUnit.HOURS)) {
            // keep waiting
        }
    }

    /**
     * Waits until the port accepts TCP and answers a Bolt handshake with a supported version, so that the
     * readiness line really means "a driver can connect now".
     */
    static void awaitBolt(int port, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        Exception last = null;
        while (System.nanoTime() < deadline) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(HOST, port), 1000);
                socket.setSoTimeout(5000);
                OutputStream o = socket.getOutputStream();
                // Magic preamble + 4 proposals: 5.x (range 5.0-5.8), 4.4, 4.3, 3.0.
                o.write(new byte[] {
                    (byte) 0x60, (byte) 0x60, (byte) 0xB0, (byte) 0x17,
                    0, 8, 8, 5,
                    0, 0, 4, 4,
                    0, 0, 3, 4,
                    0, 0, 0, 3});
                o.flush();
                byte[] reply = socket.getInputStream().readNBytes(4);
                if (reply.length == 4 && (reply[2] != 0 || reply[3] != 0)) {
                    return; // agreed on a protocol version
                }
                last = new IOException("unexpected Bolt handshake reply: " + java.util.Arrays.toString(reply));
            } catch (IOException e) {
                last = e;
            }
            Thread.sleep(100);
        }
        throw new IOException("Bolt did not accept connections on " + HOST + ":" + port + " within " + timeout, last);
    }

    private static String describe(Throwable t) {
        StringBuilder sb = new StringBuilder();
        Throwable cur = t;
        int depth = 0;
        while (cur != null && depth < 8) {
            if (depth > 0) {
                sb.append(" <- caused by: ");
            }
            sb.append(cur.getClass().getSimpleName()).append(": ").append(cur.getMessage());
            cur = cur.getCause() == cur ? null : cur.getCause();
            depth++;
        }
        return sb.toString();
    }
}
