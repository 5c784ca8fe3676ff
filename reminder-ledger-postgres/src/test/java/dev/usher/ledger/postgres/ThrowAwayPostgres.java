package dev.usher.ledger.postgres;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A PostgreSQL server of the machine's own binaries (Debian's {@code /usr/lib/postgresql/N/bin}, or
 * {@code USHER_PG_BIN}), started once per test JVM in a temporary folder on a free loopback port,
 * and removed when the JVM ends. initdb refuses to run as root, so as root (CI here) it runs as the
 * {@code postgres} user through {@code runuser}.
 *
 * <p>Without binaries the tests are skipped with a message, unless {@code USHER_REQUIRE_POSTGRES}
 * is set (as {@code .ci/run} does), when they fail: CI must never skip them silently.
 */
public final class ThrowAwayPostgres {
  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static @org.jspecify.annotations.Nullable ThrowAwayPostgres running;

  private final Path folder;
  private final Path bin;
  private final int port;
  private final boolean asRoot;

  private ThrowAwayPostgres(Path folder, Path bin, int port, boolean asRoot) {
    this.folder = folder;
    this.bin = bin;
    this.port = port;
    this.asRoot = asRoot;
  }

  /** The server of this JVM, started at the first call. */
  public static synchronized ThrowAwayPostgres get() {
    if (running == null) {
      Optional<Path> bin = binaries();
      if (bin.isEmpty()) {
        String why =
            "PostgreSQL binaries (initdb, pg_ctl) not found: install postgresql or set USHER_PG_BIN";
        if (System.getenv("USHER_REQUIRE_POSTGRES") != null) {
          throw new IllegalStateException(why + " (USHER_REQUIRE_POSTGRES is set)");
        }
        Assumptions.abort(why);
      }
      try {
        running = start(bin.get());
      } catch (IOException | InterruptedException e) {
        throw new IllegalStateException(
            "cannot start a throw-away PostgreSQL: " + e.getMessage(), e);
      }
      ThrowAwayPostgres server = running;
      Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "throw-away-postgres-stop"));
    }
    return running;
  }

  /** A new, empty database on this server, as a {@code postgres://} URL. */
  public String newDatabase() {
    String name = "usher_test_" + DATABASES.incrementAndGet();
    try (Connection admin =
            DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:" + port + "/postgres", "usher", "");
        Statement statement = admin.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException("cannot create database " + name, e);
    }
    return "postgres://usher@127.0.0.1:" + port + "/" + name;
  }

  public int port() {
    return port;
  }

  private static Optional<Path> binaries() {
    String configured = System.getenv("USHER_PG_BIN");
    if (configured != null) {
      return Optional.of(Path.of(configured));
    }
    Path debian = Path.of("/usr/lib/postgresql");
    if (!Files.isDirectory(debian)) {
      return Optional.empty();
    }
    try (Stream<Path> versions = Files.list(debian)) {
      return versions
          .map(v -> v.resolve("bin"))
          .filter(
              b ->
                  Files.isExecutable(b.resolve("initdb"))
                      && Files.isExecutable(b.resolve("pg_ctl")))
          .max(Comparator.comparing(b -> versionOf(b.getParent())));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static int versionOf(Path folder) {
    try {
      return Integer.parseInt(folder.getFileName().toString());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static ThrowAwayPostgres start(Path bin) throws IOException, InterruptedException {
    boolean asRoot = "root".equals(System.getProperty("user.name"));
    Path folder = Files.createTempDirectory("usher-postgres-");
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    ThrowAwayPostgres server = new ThrowAwayPostgres(folder, bin, port, asRoot);
    if (asRoot) {
      server.run(List.of("chown", "postgres", folder.toString()), false);
    }
    server.run(
        List.of(
            bin.resolve("initdb").toString(),
            "-D",
            folder.resolve("data").toString(),
            "-U",
            "usher",
            "-A",
            "trust",
            "-E",
            "UTF8",
            "--no-sync"),
        true);
    server.run(
        List.of(
            bin.resolve("pg_ctl").toString(),
            "-D",
            folder.resolve("data").toString(),
            "-l",
            folder.resolve("server.log").toString(),
            "-w",
            "-t",
            "60",
            "-o",
            "-p " + port + " -k " + folder + " -c listen_addresses=127.0.0.1 -c fsync=off",
            "start"),
        true);
    return server;
  }

  void stop() {
    try {
      run(
          List.of(
              bin.resolve("pg_ctl").toString(),
              "-D",
              folder.resolve("data").toString(),
              "-m",
              "immediate",
              "-w",
              "stop"),
          true);
    } catch (IOException | InterruptedException e) {
      // The JVM is ending; the temporary folder is removed below either way.
    }
    try (Stream<Path> files = Files.walk(folder)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // Left in the temporary folder; nothing else depends on it.
    }
  }

  private void run(List<String> command, boolean asPostgres)
      throws IOException, InterruptedException {
    List<String> full = new ArrayList<>();
    if (asPostgres && asRoot) {
      full.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    full.addAll(command);
    Process process =
        new ProcessBuilder(full)
            .redirectErrorStream(true)
            .redirectOutput(folder.resolve("commands.log").toFile())
            .start();
    if (!process.waitFor(90, TimeUnit.SECONDS) || process.exitValue() != 0) {
      process.destroyForcibly();
      throw new IOException(
          String.join(" ", command)
              + " failed: "
              + Files.readString(folder.resolve("commands.log")).strip());
    }
  }
}
