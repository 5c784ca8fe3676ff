package dev.usher.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

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

  private static JsonNode parse(String line) {
    try {
      return JSON.readTree(line);
    } catch (Exception e) {
      throw new AssertionError("not JSON: " + line, e);
    }
  }
}
