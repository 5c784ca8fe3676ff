package dev.usher.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * An Usher command in a process of its own, its output in a log file, its memory read from {@code
 * /proc/PID/status}. The launcher execs the JVM, so the process started is the JVM measured.
 */
final class ServeProcess implements AutoCloseable {
  private static final Duration STOP_WAIT = Duration.ofSeconds(30);
  private static final int TAIL_LINES = 30;

  private final Process process;
  private final Path log;
  private final long startedNanos;

  private ServeProcess(Process process, Path log, long startedNanos) {
    this.process = process;
    this.log = log;
    this.startedNanos = startedNanos;
  }

  /**
   * Starts {@code command} on {@code folder} with {@code secrets} added to an environment cleared
   * of every platform token and shared state location this shell may hold.
   */
  static ServeProcess start(
      ServeLaunch launch,
      Path home,
      String command,
      Path folder,
      Map<String, String> secrets,
      Path log) {
    ProcessBuilder builder =
        new ProcessBuilder(launch.command(home, command, folder))
            .directory(home.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    Map<String, String> environment = builder.environment();
    environment
        .keySet()
        .removeIf(
            k -> k.startsWith("SLACK_") || k.startsWith("DISCORD_") || k.equals("USHER_STATE_URL"));
    environment.putAll(secrets);
    try {
      Files.createDirectories(log.toAbsolutePath().getParent());
      long started = System.nanoTime();
      return new ServeProcess(builder.start(), log, started);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + launch.shown(command), e);
    }
  }

  /** Runs {@code command} to its end; a failure or a run over {@code timeout} is an error. */
  static void run(
      ServeLaunch launch, Path home, String command, Path folder, Path log, Duration timeout)
      throws InterruptedException {
    try (ServeProcess run = start(launch, home, command, folder, Map.of(), log)) {
      if (!run.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new IllegalStateException(
            launch.shown(command) + " took over " + timeout + run.tail());
      }
      if (run.process.exitValue() != 0) {
        throw new IllegalStateException(
            launch.shown(command) + " exited with " + run.process.exitValue() + run.tail());
      }
    }
  }

  /** Fails, with the end of the log, when the process has ended. */
  void requireAlive() {
    if (!process.isAlive()) {
      throw new IllegalStateException("the process exited with " + process.exitValue() + tail());
    }
  }

  /** A {@code VmHWM}-style figure of the process in kB. */
  long memoryKb(String field) {
    Path status = Path.of("/proc", Long.toString(process.pid()), "status");
    return Machine.procLine(status, field + ":")
        .map(line -> Long.parseLong(line.replaceAll("\\D", "")))
        .orElseThrow(() -> new IllegalStateException("no " + field + " in " + status));
  }

  double secondsSinceStart() {
    return (System.nanoTime() - startedNanos) / 1e9;
  }

  /**
   * The JVM's options as its command line has them (before the class path), the folders of file
   * options left out, so the report shows what the launcher gave rather than this machine's paths.
   */
  String jvmOptions() {
    Path cmdline = Path.of("/proc", Long.toString(process.pid()), "cmdline");
    try {
      List<String> words =
          Arrays.asList(Files.readString(cmdline, StandardCharsets.UTF_8).split("\0"));
      List<String> options = new ArrayList<>();
      for (String word : words.subList(1, words.size())) {
        if (word.equals("-cp") || word.equals("-classpath")) {
          break;
        }
        if (!word.startsWith("-Dusher.home=")) {
          options.add(word.replaceAll("=/\\S*/", "="));
        }
      }
      return String.join(" ", options);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + cmdline, e);
    }
  }

  /** The last lines of the log, for an error message. */
  String tail() {
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      return "; the end of "
          + log
          + ":\n"
          + String.join("\n", lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size()));
    } catch (IOException e) {
      return "; " + log + " cannot be read: " + e.getMessage();
    }
  }

  /** Stops the process as a service manager does (SIGTERM), forcibly if it does not end. */
  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
      process.destroyForcibly();
      process.waitFor(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS);
    }
  }
}
