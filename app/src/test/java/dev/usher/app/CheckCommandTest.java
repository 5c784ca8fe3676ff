package dev.usher.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.usher.app.check.CheckReport;
import dev.usher.app.check.ConferenceCheck;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
  @TempDir Path folder;

  @Test
  void theSampleConferenceHasNoProblemsAndExitsZero() {
    CommandLineRun run = CommandLineRun.of("check", "--data", SampleConference.FOLDER.toString());

    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    assertThat(run.out())
        .contains("zone: America/Sao_Paulo", "no problems")
        .doesNotContain("problem:");
    assertThat(run.out())
        .containsPattern(
            "files: \\d+ read, \\d+ documents \\(\\d+ passages\\), [1-9]\\d* sessions");
  }

  @Test
  void misspeltKeysGetDidYouMeanAndWrongChannelsAreFlagged() throws Exception {
    // given a folder whose usher.yaml misspells two keys and names a Slack channel instead of its
    // id
    Files.writeString(
        folder.resolve("usher.yaml"),
        """
        name: Demo
        timezone: Europe/Berlin
        timezon: Europe/Paris
        documents: [info.md]
        remindres: {}
        reminders:
          daily:
            at: "08:00"
            slack: ["#general"]
            discord: ["general"]
        """);
    Files.writeString(folder.resolve("info.md"), "# Venue\n\nThe venue is the town hall.\n");

    // when
    CommandLineRun run = CommandLineRun.of("check", "--data", folder.toString());

    // then every problem is named, on its own line, and the exit code says there were some
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .contains("problem: usher.yaml: unknown key 'timezon': did you mean 'timezone'?")
        .contains("problem: usher.yaml: unknown key 'remindres': did you mean 'reminders'?")
        .contains("problem: reminders: slack channel '#general' looks like a name, not an id")
        .contains("problem: reminders: discord channel 'general' is not a channel id")
        .contains("4 problems");
  }

  @Test
  void aPlatformSectionsKeysAreCheckedAgainstWhatItsAdapterReads() throws Exception {
    // given a folder whose slack and discord sections each misspell a key
    Files.writeString(
        folder.resolve("usher.yaml"),
        """
        name: Demo
        timezone: Europe/Berlin
        documents: [info.md]
        slack:
          organisers: [U0123ABCD]
          mode: socket
        discord:
          guild: ["123456789012345678"]
        """);
    Files.writeString(folder.resolve("info.md"), "# Venue\n\nThe venue is the town hall.\n");

    // when
    CommandLineRun run = CommandLineRun.of("check", "--data", folder.toString());

    // then each is named with the key its adapter reads, and the right keys pass
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .contains(
            "problem: usher.yaml: unknown key 'slack.organisers': did you mean 'slack.organizers'?")
        .contains(
            "problem: usher.yaml: unknown key 'discord.guild': did you mean 'discord.guilds'?")
        .doesNotContain("'slack.mode'")
        .contains("2 problems");
  }

  @Test
  void aMisspeltTopLevelKeyAndAMisspeltSlackKeyAreBothPrintedAndTokensNamedNeverShown()
      throws Exception {
    // given a folder whose usher.yaml misspells a top-level key and a Slack key, and names its own
    // variable for the Slack bot token
    Files.writeString(
        folder.resolve("usher.yaml"),
        """
        name: Demo
        timezone: Europe/Berlin
        documents: [info.md]
        semantik: false
        slack:
          comands: {ask: usher-ask}
          bot_token_variable: DEMO_SLACK_BOT
        """);
    Files.writeString(folder.resolve("info.md"), "# Venue\n\nThe venue is the town hall.\n");

    // when
    CommandLineRun run = CommandLineRun.of("check", "--data", folder.toString());
    CheckReport withToken =
        ConferenceCheck.run(folder, Map.of("DEMO_SLACK_BOT", "xoxb-demo-secret"));

    // then both keys are named, each in one line with the key it was likely meant to be
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out().lines().filter(l -> l.startsWith("problem: ")))
        .containsExactlyInAnyOrder(
            "problem: usher.yaml: unknown key 'semantik': did you mean 'semantic'?",
            "problem: usher.yaml: unknown key 'slack.comands': did you mean 'slack.commands'?");
    // and the token is looked for in the variable the section names, said set, never shown
    assertThat(withToken.found()).contains("DEMO_SLACK_BOT: set", "SLACK_APP_TOKEN: not set");
    assertThat(String.join("\n", withToken.found()) + String.join("\n", withToken.problems()))
        .doesNotContain("xoxb-demo-secret");
  }

  @Test
  void aWrongPlatformValueIsOneProblemLine() throws Exception {
    Files.writeString(
        folder.resolve("usher.yaml"),
        """
        name: Demo
        timezone: Europe/Berlin
        documents: [info.md]
        discord:
          guilds: general
        """);
    Files.writeString(folder.resolve("info.md"), "# Venue\n\nThe venue is the town hall.\n");

    CommandLineRun run = CommandLineRun.of("check", "--data", folder.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out().lines().filter(l -> l.startsWith("problem: ")))
        .containsExactly("problem: usher.yaml: discord.guilds must be a list of server ids");
  }

  @Test
  void announceChannelsAreCheckedAndAScheduleUrlNeverFetchedIsReportedWithoutFetching()
      throws Exception {
    Files.writeString(
        folder.resolve("usher.yaml"),
        """
        name: Demo
        timezone: Europe/Berlin
        documents: [info.md]
        schedule: ["https://127.0.0.1:9/never-asked.ics"]
        schedule_refresh: 90s
        anounce: {}
        announce:
          slack: ["#changes"]
        """);
    Files.writeString(folder.resolve("info.md"), "# Venue\n\nThe venue is the town hall.\n");

    CommandLineRun run = CommandLineRun.of("check", "--data", folder.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out().lines().filter(l -> l.startsWith("problem: ")))
        .containsExactlyInAnyOrder(
            "problem: usher.yaml: unknown key 'anounce': did you mean 'announce'?",
            "problem: announce: slack channel '#changes' looks like a name, not an id such as C0123ABCD"
                + " (channel details, at the bottom)",
            "problem: https://127.0.0.1:9/never-asked.ics: not fetched yet, no sessions from it");
    assertThat(run.out()).contains("schedule https://127.0.0.1:9/never-asked.ics: no copy yet");
    assertThat(folder.resolve(".usher/schedules")).doesNotExist();
  }

  @Test
  void aSettingsFileThatDoesNotLoadStillGetsDidYouMean() throws Exception {
    Files.writeString(folder.resolve("usher.yaml"), "name: Demo\ntimezon: Europe/Berlin\n");

    CommandLineRun run = CommandLineRun.of("check", "--data", folder.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .contains("the key 'timezone' is required")
        .contains("problem: usher.yaml: unknown key 'timezon': did you mean 'timezone'?")
        .contains("2 problems");
  }

  @Test
  void anEmptyFolderWithoutAZoneSaysBoth() {
    CommandLineRun run = CommandLineRun.of("check", "--data", folder.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .contains("problem: the folder holds nothing Usher reads")
        .contains("problem: no time zone is given")
        .contains("zone: none given (UTC)");
  }

  @Test
  void saysWhichTokensAreSetWithoutTheirValues() {
    CommandLineRun run = CommandLineRun.of("check", "--data", SampleConference.FOLDER.toString());

    for (String secret : new String[] {"DISCORD_TOKEN", "SLACK_BOT_TOKEN", "SLACK_APP_TOKEN"}) {
      String expected =
          System.getenv(secret) == null || System.getenv(secret).isBlank() ? "not set" : "set";
      assertThat(run.out()).contains(secret + ": " + expected);
      if (System.getenv(secret) != null && !System.getenv(secret).isBlank()) {
        assertThat(run.out()).doesNotContain(System.getenv(secret));
      }
    }
  }

  @Test
  void askShowsTheProblemsInOneLine() throws Exception {
    // given a folder that answers but has a misspelt key
    Files.writeString(
        folder.resolve("usher.yaml"),
        """
        name: Demo
        timezone: Europe/Berlin
        documents: [info.md]
        synonym: ["wifi, wi-fi"]
        """);
    Files.writeString(
        folder.resolve("info.md"), "# Venue\n\nThe venue is the town hall on the main square.\n");

    // when
    CommandLineRun run =
        CommandLineRun.of("ask", "--data", folder.toString(), "where is the venue?");

    // then the answer comes, and one line points at check
    assertThat(run.out()).contains("town hall");
    assertThat(run.err()).contains("usher: 1 problem: run ./usher check --data " + folder);
  }
}
