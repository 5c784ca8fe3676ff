package dev.usher.app.replica;

import dev.usher.app.Main;
import dev.usher.app.ReminderTiming;
import dev.usher.app.cli.ServeCommand;
import java.nio.file.Path;
import picocli.CommandLine;

/**
 * {@code ./usher} in a process of its own whose reminders keep the time of the {@link
 * SimulatedClock} in the file named by the system property {@code usher.test.clock}; everything
 * else (the lease, Slack, PostgreSQL) is real.
 */
public final class ReplicaMain {
  private ReplicaMain() {}

  public static void main(String[] args) {
    Path clockFile = Path.of(System.getProperty("usher.test.clock"));
    CommandLine.IFactory factory =
        new CommandLine.IFactory() {
          @Override
          public <K> K create(Class<K> type) throws Exception {
            if (type == ServeCommand.class) {
              return type.cast(
                  new ServeCommand(
                      zone -> {
                        SimulatedClock clock = SimulatedClock.of(clockFile, zone);
                        return new ReminderTiming(
                            clock, () -> new SimulatedScheduledExecutor(clock));
                      }));
            }
            return CommandLine.defaultFactory().create(type);
          }
        };
    System.exit(Main.commandLine(factory).execute(args));
  }
}
