package dev.usher.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Optional;

/** Where and when a run happened: the figures mean little without it on a shared machine. */
record Machine(
    String command, int cpus, String cpuModel, String jdk, String date, String loadBefore) {
  static Machine describe(String command) {
    return new Machine(
        command,
        Runtime.getRuntime().availableProcessors(),
        readCpuModel(),
        System.getProperty("java.vm.name")
            + " "
            + Runtime.version()
            + " ("
            + System.getProperty("java.vm.vendor")
            + ")",
        ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
        loadAverage());
  }

  static String loadAverage() {
    return procLine(Path.of("/proc/loadavg"), "")
        .map(line -> String.join(" ", Arrays.asList(line.split(" ")).subList(0, 3)))
        .orElse("n/a");
  }

  private static String readCpuModel() {
    return procLine(Path.of("/proc/cpuinfo"), "model name")
        .map(line -> line.substring(line.indexOf(':') + 1).strip())
        .orElse(System.getProperty("os.arch"));
  }

  /** The line of a /proc file starting with {@code prefix}, in kB for VmRSS-style lines. */
  static Optional<String> procLine(Path file, String prefix) {
    if (!Files.isReadable(file)) {
      return Optional.empty();
    }
    try {
      return Files.readAllLines(file).stream().filter(line -> line.startsWith(prefix)).findFirst();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** A VmRSS / VmHWM figure of this process in kB, 0 where /proc is missing. */
  static long memoryKb(String field) {
    return procLine(Path.of("/proc/self/status"), field + ":")
        .map(line -> Long.parseLong(line.replaceAll("\\D", "")))
        .orElse(0L);
  }
}
