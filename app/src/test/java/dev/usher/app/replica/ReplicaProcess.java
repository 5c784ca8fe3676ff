package dev.usher.app.replica;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * One {@code ./usher serve} replica in a process of its own ({@link ReplicaMain}, this JVM's
 * classpath), its output kept in a log file and read for the lines that say it is a standby, leads
 * or stepped down, which go to the shared {@link Timeline}.
 */
final class ReplicaProcess {
  private final String name;
  private final String slackToken;
  private final Process process;
  private final Timeline timeline;
  private final CountDownLatch standby = new CountDownLatch(1);
  private volatile boolean killed;

  private ReplicaProcess(
      String name, String slackToken, Process process, Timeline timeline, Path log) {
    this.name = name;
    this.slackToken = slackToken;
    this.process = process;
    this.timeline = timeline;
    Thread.ofPlatform().daemon().name("replica-output-" + name).start(() -> follow(log));
  }

  /**
   * Starts {@code serve} on {@code folder} with its own Slack bot token (so the fake Slack knows
   * who posted) and the shared state in {@code USHER_STATE_URL}.
   */
  static ReplicaProcess start(
      String name,
      Path folder,
      Path clockFile,
      Path cache,
      String stateUrl,
      Timeline timeline,
      Path logs)
      throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String token = "xoxb-" + name;
    ProcessBuilder builder =
        new ProcessBuilder(
                java,
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-Xmx256m",
                "-Xshare:auto",
                "-Dusher.test.clock=" + clockFile,
                "-Dusher.cache=" + cache,
                "-cp",
                System.getProperty("java.class.path"),
                ReplicaMain.class.getName(),
                "serve",
                "--data",
                folder.toString())
            .redirectErrorStream(true);
    Map<String, String> environment = builder.environment();
    environment.keySet().removeIf(k -> k.startsWith("SLACK_") || k.startsWith("DISCORD_"));
    environment.put("SLACK_BOT_TOKEN", token);
    environment.put("SLACK_APP_TOKEN", "xapp-" + name);
    environment.put("USHER_STATE_URL", stateUrl);
    Process process = builder.start();
    return new ReplicaProcess(name, token, process, timeline, logs.resolve(name + ".log"));
  }

  private void follow(Path log) {
    try (BufferedReader lines = process.inputReader(StandardCharsets.UTF_8);
        PrintWriter out =
            new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8), true)) {
      String line;
      while ((line = lines.readLine()) != null) {
        out.println(line);
        if (line.startsWith("replica: standby (")) {
          standby.countDown();
        } else if (line.startsWith("replica: leading")) {
          timeline.add(name, Timeline.Kind.LEADING);
        } else if (line.startsWith("replica: standby again")) {
          timeline.add(name, Timeline.Kind.STEPPED_DOWN);
        }
      }
    } catch (IOException e) {
      // The process was killed mid-line; what it printed so far is in the log.
    }
    if (!killed) {
      timeline.add(name, Timeline.Kind.ENDED);
    }
  }

  String name() {
    return name;
  }

  String slackToken() {
    return slackToken;
  }

  boolean alive() {
    return process.isAlive() && !killed;
  }

  /** Whether it has opened the lease and waits for it (or already leads). */
  boolean ready() {
    return standby.getCount() == 0 && alive();
  }

  boolean awaitReady(long seconds) throws InterruptedException {
    return standby.await(seconds, TimeUnit.SECONDS) && alive();
  }

  /** {@code kill -9}: no shutdown hook, no lease release, a post in flight left unrecorded. */
  void kill() throws InterruptedException {
    killed = true;
    timeline.add(name, Timeline.Kind.KILLED);
    process.destroyForcibly();
    process.waitFor(10, TimeUnit.SECONDS);
  }

  /** The replicas' leadership over time, as their output and the kills tell it. */
  static final class Timeline {
    enum Kind {
      LEADING,
      STEPPED_DOWN,
      KILLED,
      ENDED
    }

    record Event(long nanos, String replica, Kind kind) {}

    private final List<Event> events = new ArrayList<>();

    synchronized void add(String replica, Kind kind) {
      events.add(new Event(System.nanoTime(), replica, kind));
    }

    synchronized List<Event> events() {
      return List.copyOf(events);
    }

    /** The replica that leads now, if one does. */
    synchronized java.util.Optional<String> leader() {
      java.util.Set<String> leading = new java.util.LinkedHashSet<>();
      for (Event event : events) {
        if (event.kind() == Kind.LEADING) {
          leading.add(event.replica());
        } else {
          leading.remove(event.replica());
        }
      }
      return leading.stream().reduce((first, second) -> second);
    }

    /**
     * The longest time, in nanoseconds, between {@code from} and {@code to} during which no replica
     * led, counted from the first leader on.
     */
    synchronized long longestLeaderlessNanos(long to) {
      java.util.Set<String> leading = new java.util.HashSet<>();
      long longest = 0;
      long since = -1;
      boolean begun = false;
      for (Event event : events) {
        if (event.kind() == Kind.LEADING) {
          if (begun && leading.isEmpty() && since >= 0) {
            longest = Math.max(longest, event.nanos() - since);
          }
          begun = true;
          leading.add(event.replica());
        } else if (leading.remove(event.replica()) && leading.isEmpty()) {
          since = event.nanos();
        }
      }
      if (begun && leading.isEmpty() && since >= 0) {
        longest = Math.max(longest, to - since);
      }
      return longest;
    }

    /** One line per event, in milliseconds since {@code from}. */
    synchronized String describe(long from) {
      StringBuilder text = new StringBuilder();
      for (Event event : events) {
        text.append(
            String.format(
                "%8d ms  %-4s %s%n",
                (event.nanos() - from) / 1_000_000, event.replica(), event.kind()));
      }
      return text.toString();
    }

    synchronized long count(Kind kind) {
      return events.stream().filter(e -> e.kind() == kind).count();
    }
  }
}
