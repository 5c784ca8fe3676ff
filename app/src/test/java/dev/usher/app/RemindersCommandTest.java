package dev.usher.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.usher.app.config.StateDirectory;
import dev.usher.core.agenda.AgendaOwner;
import dev.usher.core.agenda.Star;
import dev.usher.ledger.SqliteAgendaStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RemindersCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void printsTheSampleConferencesPostsOfADayInTimeOrderWithoutPosting() {
    CommandLineRun run =
        CommandLineRun.of(
            "reminders",
            "--data",
            SampleConference.FOLDER.toString(),
            "--from",
            "2026-04-24",
            "--to",
            "2026-04-24");

    List<String> lines = run.out().lines().toList();
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(lines.getFirst())
        .startsWith(
            "2026-04-24 07:00 -03:00  discord  100000000000000001  daily  Schedule for Friday 24 April");
    assertThat(lines)
        .contains(
            "2026-04-24 07:00 -03:00  slack  C0SCHEDULE  daily  Schedule for Friday 24 April"
                + lines.getFirst().substring(lines.getFirst().indexOf(" (")))
        .anyMatch(
            l ->
                l.startsWith(
                    "2026-04-24 07:20 -03:00  slack  C0HELPDESK  soon  Starting soon: Registration Desk"))
        .allMatch(l -> l.startsWith("2026-04-24 "));
    assertThat(lines).isSortedAccordingTo(java.util.Comparator.comparing(l -> l.substring(0, 16)));
  }

  @Test
  void writesOneJsonObjectPerPostWithItsKey() throws Exception {
    CommandLineRun run =
        CommandLineRun.of(
            "reminders",
            "--json",
            "--data",
            SampleConference.FOLDER.toString(),
            "--from",
            "2026-04-24",
            "--to",
            "2026-04-28");

    List<JsonNode> posts = run.out().lines().map(RemindersCommandTest::parse).toList();
    assertThat(posts).isNotEmpty();
    assertThat(posts)
        .filteredOn(p -> p.get("kind").asText().equals("daily"))
        .extracting(p -> p.get("key").asText())
        .contains(
            "daily/2026-04-24/discord/100000000000000001", "daily/2026-04-28/slack/C0SCHEDULE");
    JsonNode first = posts.getFirst();
    assertThat(first.get("at").asText()).isEqualTo("2026-04-24T07:00-03:00");
    assertThat(first.get("zone").asText()).isEqualTo("America/Sao_Paulo");
    assertThat(first.get("first_line").asText()).startsWith("Schedule for Friday 24 April");
  }

  @Test
  void fullPrintsEachPostWholeUnderItsLine() {
    CommandLineRun brief =
        CommandLineRun.of(
            "reminders",
            "--data",
            SampleConference.FOLDER.toString(),
            "--from",
            "2026-04-24",
            "--to",
            "2026-04-24");
    CommandLineRun full =
        CommandLineRun.of(
            "reminders",
            "--full",
            "--data",
            SampleConference.FOLDER.toString(),
            "--from",
            "2026-04-24",
            "--to",
            "2026-04-24");

    assertThat(full.exitCode()).as(full.err()).isZero();
    List<String> headers = full.out().lines().filter(l -> l.startsWith("2026-04-24 ")).toList();
    assertThat(headers).isEqualTo(brief.out().lines().toList());
    // the daily post lists the day's sessions, which the one-line summary cannot
    assertThat(full.out().lines().filter(l -> l.startsWith("    ")).count())
        .isGreaterThan(headers.size());
    assertThat(full.out()).contains("    ").containsPattern("(?m)^    .*Registration");
  }

  @Test
  void refusesAWindowThatEndsBeforeItStarts() {
    CommandLineRun run =
        CommandLineRun.of(
            "reminders",
            "--data",
            SampleConference.FOLDER.toString(),
            "--from",
            "2026-04-25",
            "--to",
            "2026-04-24");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--to 2026-04-24 is before --from 2026-04-25");
  }

  @Test
  void saysSoWhenNothingIsPlannedInTheWindow() {
    CommandLineRun run =
        CommandLineRun.of(
            "reminders",
            "--data",
            SampleConference.FOLDER.toString(),
            "--from",
            "2030-01-01",
            "--to",
            "2030-01-02");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("No reminder posts from 2030-01-01 to 2030-01-02");
  }

  @Test
  void listsTheAgendaDmsOfEachSessionWithHowManyAttendeesGetThemNeverWho(@TempDir Path folder)
      throws Exception {
    Files.writeString(
        folder.resolve("usher.yaml"),
        "name: Demo\ntimezone: Europe/Berlin\nschedule: [schedule.yaml]\nagenda:\n  remind_minutes: 15\n");
    Files.writeString(
        folder.resolve("schedule.yaml"),
        """
        sessions:
          - id: keynote
            title: Opening keynote
            start: "2026-06-01T09:00"
            end: "2026-06-01T10:00"
            room: Main hall
          - id: rust
            title: Rust in production
            start: "2026-06-01T11:30"
            end: "2026-06-01T12:15"
            room: Room 2
        """);
    Instant starred = Instant.parse("2026-05-20T10:00:00Z");
    try (SqliteAgendaStore store =
        SqliteAgendaStore.open(StateDirectory.of(folder).resolve("agenda.db"))) {
      for (AgendaOwner owner :
          List.of(
              new AgendaOwner("discord", "700000000000000001"),
              new AgendaOwner("discord", "700000000000000002"),
              new AgendaOwner("slack", "U0ALICE"))) {
        store.star(owner, new Star("keynote", "Opening keynote", starred));
      }
      store.star(
          new AgendaOwner("discord", "700000000000000001"),
          new Star("rust", "Rust in production", starred));
      AgendaOwner off = new AgendaOwner("slack", "U0BOB");
      store.star(off, new Star("rust", "Rust in production", starred));
      store.remindersOn(off, false);
    }
    String[] window = {"--data", folder.toString(), "--from", "2026-06-01", "--to", "2026-06-01"};

    CommandLineRun text = CommandLineRun.of(concat("reminders", window));
    CommandLineRun json = CommandLineRun.of(concat("reminders", concat("--json", window)));

    assertThat(text.exitCode()).as(text.err()).isZero();
    assertThat(text.out().lines())
        .containsExactly(
            "2026-06-01 08:45 +02:00  discord  2 attendees  agenda  Starting in 15 minutes, from"
                + " your agenda: Opening keynote",
            "2026-06-01 08:45 +02:00  slack  1 attendee  agenda  Starting in 15 minutes, from"
                + " your agenda: Opening keynote",
            "2026-06-01 11:15 +02:00  discord  1 attendee  agenda  Starting in 15 minutes, from"
                + " your agenda: Rust in production");
    List<JsonNode> posts = json.out().lines().map(RemindersCommandTest::parse).toList();
    assertThat(posts)
        .extracting(p -> p.get("session").asText() + " " + p.get("attendees").asInt())
        .containsExactly("keynote 2", "keynote 1", "rust 1");
    assertThat(posts.getFirst().get("at").asText()).isEqualTo("2026-06-01T08:45+02:00");
    assertThat(posts).allSatisfy(p -> assertThat(p.has("key") || p.has("channel")).isFalse());
    assertThat(text.out() + json.out() + text.err() + json.err())
        .doesNotContain("70000000000000000", "U0ALICE", "U0BOB");
  }

  private static String[] concat(String first, String... rest) {
    String[] all = new String[rest.length + 1];
    all[0] = first;
    System.arraycopy(rest, 0, all, 1, rest.length);
    return all;
  }

  private static JsonNode parse(String line) {
    try {
      return JSON.readTree(line);
    } catch (Exception e) {
      throw new AssertionError("not JSON: " + line, e);
    }
  }
}
