package dev.usher.app.state;

import java.nio.file.Path;
import java.time.Clock;

/** Another process: takes the serve lock of the folder in its argument, says so, and waits. */
public final class ServeLockHolder {
  private ServeLockHolder() {}

  public static void main(String[] args) throws InterruptedException {
    ServeLock lock = ServeLock.acquire(Path.of(args[0]), Clock.systemUTC());
    System.out.println("locked");
    System.out.flush();
    Thread.sleep(120_000);
    lock.close();
  }

  /** Starts a holder of {@code stateFolder}'s lock and returns once it holds it. */
  public static Process start(Path stateFolder) throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    Process process =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                ServeLockHolder.class.getName(),
                stateFolder.toString())
            .redirectErrorStream(true)
            .start();
    var reader = process.inputReader();
    String line;
    while ((line = reader.readLine()) != null) {
      if (line.equals("locked")) {
        return process;
      }
    }
    throw new IllegalStateException("the lock holder ended without taking the lock");
  }
}
