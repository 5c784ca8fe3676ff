package dev.usher.app.replica;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.usher.app.Main;
import dev.usher.ledger.postgres.ThrowAwayPostgres;
import dev.usher.slack.FakeSlackApi;
import dev.usher.slack.FakeSocketModeServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two real {@code ./usher serve} processes sharing a throw-away PostgreSQL and one strict fake
 * Slack, through 100 simulated conference days of reminders (a daily post and four starting-soon
 * posts a day). The leader is killed ({@code kill -9}) at random moments, half of them inside a
 * post: after the fake Slack accepted it and before the poster heard so, so the ledger never
 * records it. Each killed replica is started again and waits as a standby. Seeded; the moments are
 * real time, so the figures vary a little from run to run.
 *
 * <p>The reminders' clock is simulated (shared through a file, {@link SimulatedClock}): it runs
 * {@link #RATE} times faster than real time and jumps over quiet hours, but never while a post is
 * due and not yet made. So a leaderless gap costs its real seconds times the rate of simulated
 * time, as a takeover would cost a real conference.
 */
@Tag("slow")
class ReplicaFailoverTest {
  private static final int DAYS = 100;
  private static final LocalDate FIRST_DAY = LocalDate.parse("2027-03-01");
  private static final List<String> SESSION_STARTS = List.of("09:00", "11:00", "14:00", "16:00");
  private static final Duration TAKEOVER = Duration.ofSeconds(3);

  /** Simulated seconds per real second while a post is due (a 4 s gap: 4 simulated minutes). */
  private static final long RATE = 60;

  /**
   * Real time a post may take between its attempt's last check of the window and Slack accepting it
   * (a fresh JVM's first call, on a loaded machine): a post checked inside its window lands at most
   * this much past it. The driver waits as long before jumping the clock past an expired moment, so
   * that an in-flight post is stamped at a time a real conference would see.
   */
  private static final Duration IN_FLIGHT = Duration.ofSeconds(2);

  /** Real time per simulated day, so that kills land all through the 100 days. */
  private static final Duration PACE = Duration.ofMillis(500);

  private static final ObjectMapper JSON = new ObjectMapper();

  static {
    // The JDK's HTTP server under the fake Slack writes a response in several packets; without
    // this, delayed ACKs add some 40 ms to every call the replicas make.
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  @TempDir Path temp;

  /** Every replica started, so that a failed assertion leaves no process running after the test. */
  private final List<ReplicaProcess> started = new CopyOnWriteArrayList<>();

  @AfterEach
  void killLeftovers() throws InterruptedException {
    for (ReplicaProcess replica : started) {
      if (replica.alive()) {
        replica.kill();
      }
    }
  }

  private record Planned(String key, Instant at, Instant expires) {}

  private record Accepted(String key, String token, Instant at) {}

  @Test
  void twoReplicasWithTheLeaderKilledAtRandomPostEveryReminderOnce() throws Exception {
    ThrowAwayPostgres postgres = ThrowAwayPostgres.get();
    String stateUrl = postgres.newDatabase();
    Random random = new Random(14);
    try (FakeSlackApi slack = new FakeSlackApi()) {
      FakeSocketModeServer socket = new FakeSocketModeServer();
      socket.start();
      slack.socketUrl(socket.url());
      Path template = conference(slack.apiUrl());
      List<Planned> planned = plan(template);
      Path clockFile = temp.resolve("clock");
      SimulatedClock clock =
          SimulatedClock.start(clockFile, planned.getFirst().at().minus(Duration.ofHours(2)), RATE);
      // The replicas look for posts in the channel since simulated times: Slack stamps by the same
      // clock.
      slack.clock(clock::instant);
      Path logs = freshFolder(Path.of("target", "replica-failover"));
      Path cache = Files.createDirectories(temp.resolve("cache"));
      ReplicaProcess.Timeline timeline = new ReplicaProcess.Timeline();
      Map<String, ReplicaProcess> byToken = new ConcurrentHashMap<>();
      AtomicInteger generation = new AtomicInteger();
      Map<String, Path> folders = Map.of("a", copy(template, "a"), "b", copy(template, "b"));
      ReplicaStarter starter =
          folder -> {
            ReplicaProcess replica =
                ReplicaProcess.start(
                    folder + generation.incrementAndGet(),
                    folders.get(folder),
                    clockFile,
                    cache,
                    stateUrl,
                    timeline,
                    logs);
            byToken.put(replica.slackToken(), replica);
            started.add(replica);
            return replica;
          };
      Map<String, ReplicaProcess> current = new ConcurrentHashMap<>();
      current.put("a", starter.start("a"));
      current.put("b", starter.start("b"));

      List<Accepted> accepted = new CopyOnWriteArrayList<>();
      AtomicReference<ReplicaProcess> killAtNextPost = new AtomicReference<>();
      AtomicInteger killsInsidePost = new AtomicInteger();
      slack.onAcceptedPost(
          call -> {
            accepted.add(
                new Accepted(key(call.form().get("metadata")), call.token(), clock.instant()));
            ReplicaProcess victim = killAtNextPost.get();
            if (victim != null
                && victim.slackToken().equals(call.token())
                && killAtNextPost.compareAndSet(victim, null)) {
              try {
                victim.kill(); // before the answer: Slack has the post, the ledger never will
                killsInsidePost.incrementAndGet();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            }
          });

      assertThat(current.get("a").awaitReady(60)).as("replica a started").isTrue();
      assertThat(current.get("b").awaitReady(60)).as("replica b started").isTrue();
      Killer killer = new Killer(random, current, timeline, killAtNextPost, starter);
      Thread killing = Thread.ofPlatform().name("killer").start(killer);
      long drivingFrom = System.nanoTime();

      drive(planned, clock, accepted, drivingFrom);
      long drivingTo = System.nanoTime();
      killer.stop();
      killing.join();
      long gap = timeline.longestLeaderlessNanos(drivingTo);
      long kills = timeline.count(ReplicaProcess.Timeline.Kind.KILLED);
      long takeovers = timeline.count(ReplicaProcess.Timeline.Kind.LEADING) - 1;
      long ended = timeline.count(ReplicaProcess.Timeline.Kind.ENDED);
      var leaders =
          timeline.events().stream()
              .filter(e -> e.kind() == ReplicaProcess.Timeline.Kind.LEADING)
              .map(e -> "xapp-" + e.replica())
              .collect(Collectors.toSet());
      var openedSockets =
          slack.calls().stream()
              .filter(c -> c.method().equals("apps.connections.open"))
              .map(FakeSlackApi.Call::token)
              .collect(Collectors.toSet());
      String events = timeline.describe(drivingFrom);
      for (ReplicaProcess replica : current.values()) {
        replica.kill();
      }
      socket.stop();

      Tally tally = tally(planned, accepted);
      String report =
          String.format(
              "Replica failover test: %d simulated days in %.1f s, %d kills (%d between Slack accepting"
                  + " a post and the ledger recording it), %d takeovers; planned %d, made %d,"
                  + " duplicated %d, lost %d, posted outside their window %d; longest gap with no"
                  + " leader %d ms (%.1f simulated minutes)",
              DAYS,
              (drivingTo - drivingFrom) / 1e9,
              kills,
              killsInsidePost.get(),
              takeovers,
              tally.planned,
              tally.made,
              tally.duplicated,
              tally.lost,
              tally.outsideWindow,
              gap / 1_000_000,
              gap / 1e9 * RATE / 60);
      System.out.println(report);
      Files.writeString(logs.resolve("report.txt"), report + "\n" + events);

      assertThat(tally.planned).isEqualTo(DAYS * (1 + SESSION_STARTS.size()));
      assertThat(kills)
          .as("a killed replica takes 6-8 s to stand by again; under load fewer kills fit")
          .isGreaterThanOrEqualTo(3);
      assertThat(killsInsidePost.get()).isPositive();
      assertThat(ended).as("a replica exited by itself: " + events).isZero();
      // Only replicas that led ever opened a Socket Mode connection; a standby opened none.
      assertThat(openedSockets).as(events).isEqualTo(leaders);
      assertThat(tally.lost).as(report).isZero();
      assertThat(tally.duplicated).as(report).isZero();
      assertThat(tally.outsideWindow).as(report + "\n" + tally.outside + "\n" + events).isZero();
      // The standby holds the lease within two thirds of the takeover; the last third (1 s here)
      // is for connecting Slack, which a loaded 2-core machine can stretch by a few hundred ms.
      assertThat(Duration.ofNanos(gap)).as(report).isLessThanOrEqualTo(TAKEOVER.plusSeconds(1));
    }
  }

  /**
   * Moves simulated time from one planned moment to the next, at most one simulated day per {@link
   * #PACE}, and waits at each until its posts are made (or expired: then they are lost).
   */
  private static void drive(
      List<Planned> planned, SimulatedClock clock, List<Accepted> accepted, long from)
      throws InterruptedException {
    TreeMap<Instant, List<Planned>> byMoment =
        planned.stream()
            .collect(Collectors.groupingBy(Planned::at, TreeMap::new, Collectors.toList()));
    Instant firstDay = planned.getFirst().at();
    for (Map.Entry<Instant, List<Planned>> moment : byMoment.entrySet()) {
      long day = Duration.between(firstDay, moment.getKey()).toDays();
      long paceUntil = from + PACE.toNanos() * day;
      while (System.nanoTime() < paceUntil) {
        Thread.sleep(5);
      }
      clock.advanceTo(moment.getKey().minusSeconds(1));
      Instant expires =
          moment.getValue().stream().map(Planned::expires).min(Instant::compareTo).orElseThrow();
      while (!madeAll(moment.getValue(), accepted) && clock.instant().isBefore(expires)) {
        Thread.sleep(2);
      }
      if (!madeAll(moment.getValue(), accepted)) {
        Thread.sleep(IN_FLIGHT.toMillis());
      }
    }
    // Room for a late duplicate to show itself.
    Thread.sleep(1_000);
  }

  private static boolean madeAll(List<Planned> posts, List<Accepted> accepted) {
    var keys = accepted.stream().map(Accepted::key).collect(Collectors.toSet());
    return posts.stream().allMatch(p -> keys.contains(p.key()));
  }

  /** Kills the leader at random moments, once a standby is ready to take over, and restarts it. */
  private static final class Killer implements Runnable {
    private final Random random;
    private final Map<String, ReplicaProcess> current;
    private final ReplicaProcess.Timeline timeline;
    private final AtomicReference<ReplicaProcess> killAtNextPost;
    private final ReplicaStarter starter;
    private volatile boolean stopped;

    Killer(
        Random random,
        Map<String, ReplicaProcess> current,
        ReplicaProcess.Timeline timeline,
        AtomicReference<ReplicaProcess> killAtNextPost,
        ReplicaStarter starter) {
      this.random = random;
      this.current = current;
      this.timeline = timeline;
      this.killAtNextPost = killAtNextPost;
      this.starter = starter;
    }

    void stop() {
      stopped = true;
    }

    @Override
    public void run() {
      try {
        while (!stopped) {
          var leader = leaderWithReadyStandby();
          if (leader.isEmpty()) {
            Thread.sleep(5);
            continue;
          }
          // A random moment once a standby is ready: a kill with no standby would measure
          // how long a JVM takes to start, not the takeover.
          Thread.sleep(300 + random.nextInt(2_000));
          if (stopped || !leader.get().getValue().alive()) {
            continue;
          }
          String folder = leader.get().getKey();
          ReplicaProcess victim = leader.get().getValue();
          if (random.nextBoolean()) {
            killAtNextPost.set(victim);
            long armed = System.nanoTime();
            while (victim.alive() && !stopped && System.nanoTime() - armed < 10_000_000_000L) {
              Thread.sleep(5);
            }
            killAtNextPost.compareAndSet(victim, null);
            if (victim.alive()) {
              continue; // no post in ten seconds: try another moment
            }
          } else {
            victim.kill();
          }
          // Started again once the standby leads, as a machine comes back after a while: on the
          // two cores of CI a JVM starting beside the takeover would slow the takeover down.
          awaitLeader(victim);
          if (!stopped) {
            current.put(folder, starter.start(folder));
          }
        }
      } catch (InterruptedException | IOException e) {
        throw new IllegalStateException("the killer stopped", e);
      }
    }

    private void awaitLeader(ReplicaProcess deposed) throws InterruptedException {
      long since = System.nanoTime();
      while (timeline.leader().filter(l -> !l.equals(deposed.name())).isEmpty()
          && System.nanoTime() - since < 10_000_000_000L) {
        Thread.sleep(5);
      }
    }

    private java.util.Optional<Map.Entry<String, ReplicaProcess>> leaderWithReadyStandby() {
      var leaderName = timeline.leader();
      if (leaderName.isEmpty()) {
        return java.util.Optional.empty();
      }
      var leader =
          current.entrySet().stream()
              .filter(e -> e.getValue().name().equals(leaderName.get()) && e.getValue().alive())
              .findFirst();
      boolean standbyReady =
          current.values().stream().anyMatch(r -> !r.name().equals(leaderName.get()) && r.ready());
      return standbyReady ? leader : java.util.Optional.empty();
    }
  }

  @FunctionalInterface
  private interface ReplicaStarter {
    ReplicaProcess start(String folder) throws IOException;
  }

  private static final class Tally {
    int planned;
    int made;
    int duplicated;
    int lost;
    int outsideWindow;
    final List<String> outside = new ArrayList<>();
  }

  private static Tally tally(List<Planned> planned, List<Accepted> accepted) {
    Map<String, Planned> byKey = planned.stream().collect(Collectors.toMap(Planned::key, p -> p));
    Map<String, Integer> times = new HashMap<>();
    Tally tally = new Tally();
    for (Accepted post : accepted) {
      times.merge(post.key(), 1, Integer::sum);
      Planned plan = byKey.get(post.key());
      if (plan == null
          || post.at().isBefore(plan.at())
          || !post.at().isBefore(plan.expires().plus(IN_FLIGHT.multipliedBy(RATE)))) {
        tally.outsideWindow++;
        tally.outside.add(
            post.key()
                + " accepted at "
                + post.at()
                + " from "
                + post.token()
                + (plan == null
                    ? " (never planned)"
                    : ", due " + plan.at() + " to " + plan.expires()));
      }
    }
    tally.planned = planned.size();
    tally.made = (int) byKey.keySet().stream().filter(times::containsKey).count();
    tally.lost = tally.planned - tally.made;
    tally.duplicated = times.values().stream().mapToInt(n -> n - 1).sum();
    return tally;
  }

  /** The key a post carries in its Slack metadata. */
  private static String key(String metadata) {
    try {
      return JSON.readTree(metadata).path("event_payload").path("key").asText();
    } catch (IOException e) {
      throw new AssertionError("a post without readable metadata: " + metadata, e);
    }
  }

  /** What {@code ./usher reminders --json} says the conference will post, in time order. */
  private static List<Planned> plan(Path folder) throws IOException {
    StringWriter out = new StringWriter();
    var commandLine = Main.commandLine();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(new StringWriter(), true));
    int exit =
        commandLine.execute(
            "reminders",
            "--data",
            folder.toString(),
            "--json",
            "--from",
            FIRST_DAY.minusDays(1).toString(),
            "--to",
            FIRST_DAY.plusDays(DAYS).toString());
    assertThat(exit).isZero();
    List<Planned> planned = new ArrayList<>();
    for (String line : out.toString().lines().toList()) {
      JsonNode post = JSON.readTree(line);
      planned.add(
          new Planned(
              post.get("key").asText(),
              java.time.OffsetDateTime.parse(post.get("at").asText()).toInstant(),
              java.time.OffsetDateTime.parse(post.get("expires").asText()).toInstant()));
    }
    planned.sort(java.util.Comparator.comparing(Planned::at));
    return planned;
  }

  /** 100 days, four sessions a day; a daily post and a post before each session, in Slack. */
  private Path conference(String slackApiUrl) throws IOException {
    Path folder = Files.createDirectories(temp.resolve("template"));
    Files.writeString(
        folder.resolve("usher.yaml"),
        """
        name: Replica Conf
        timezone: Europe/Brussels
        schedule: [schedule.csv]
        semantic: false
        state: ${USHER_STATE_URL}
        replicas:
          takeover: %ds
        slack:
          api_url: %s
        reminders:
          daily:
            at: "07:30"
            slack: ["C0DAILY01"]
          before_session:
            minutes: 10
            slack: ["C0SOON001"]
        """
            .formatted(TAKEOVER.toSeconds(), slackApiUrl));
    StringBuilder csv = new StringBuilder("id,title,start,end,room\n");
    for (int day = 0; day < DAYS; day++) {
      LocalDate date = FIRST_DAY.plusDays(day);
      for (int slot = 0; slot < SESSION_STARTS.size(); slot++) {
        String start = SESSION_STARTS.get(slot);
        String end = (Integer.parseInt(start.substring(0, 2)) + 1) + start.substring(2);
        csv.append(
            "d%d-s%d,Talk %d of day %d,%s %s,%s %s,Hall\n"
                .formatted(day, slot, slot + 1, day + 1, date, start, date, end));
      }
    }
    Files.writeString(folder.resolve("schedule.csv"), csv);
    return folder;
  }

  /** The replicas' logs stay in target/ after the run, for whoever must find out why it failed. */
  private static Path freshFolder(Path folder) throws IOException {
    if (Files.isDirectory(folder)) {
      try (var files = Files.list(folder)) {
        for (Path file : files.toList()) {
          Files.delete(file);
        }
      }
    }
    return Files.createDirectories(folder);
  }

  /** Each replica its own copy of the folder, as on two machines: its own index and serve lock. */
  private Path copy(Path template, String name) throws IOException {
    Path folder = Files.createDirectories(temp.resolve(name));
    try (var files = Files.list(template)) {
      for (Path file : files.toList()) {
        Files.copy(file, folder.resolve(file.getFileName()));
      }
    }
    return folder;
  }
}
