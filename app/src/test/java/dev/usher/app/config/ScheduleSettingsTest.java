package dev.usher.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code schedule}, {@code schedule_refresh} and {@code announce} keys of usher.yaml. */
class ScheduleSettingsTest {
  @TempDir Path folder;

  private UsherSettings load(String yaml) throws Exception {
    Files.writeString(folder.resolve("usher.yaml"), "name: Demo\ntimezone: Europe/Berlin\n" + yaml);
    return SettingsLoader.load(folder, folder.resolve("cache"));
  }

  @Test
  void urlEntriesAreSchedulesToFetchAndPathsStayFiles() throws Exception {
    UsherSettings settings =
        load(
            """
        schedule: [local.yaml, "https://pretalx.com/democon/schedule/export/schedule.json"]
        schedule_refresh: 2m
        """);

    assertThat(settings.schedule()).containsExactly("local.yaml");
    assertThat(settings.scheduleUrls())
        .containsExactly(URI.create("https://pretalx.com/democon/schedule/export/schedule.json"));
    assertThat(settings.scheduleRefresh()).isEqualTo(Duration.ofMinutes(2));
    assertThat(settings.scheduleCopies()).isEqualTo(settings.stateDirectory().resolve("schedules"));
    assertThat(settings.knowledge(settings.zone().orElseThrow()).scheduleCopies())
        .isEqualTo(settings.scheduleCopies());
  }

  @Test
  void theRefreshIsFiveMinutesByDefaultAndNeverUnderTenSeconds() throws Exception {
    assertThat(load("schedule: [\"https://example.org/s.ics\"]\n").scheduleRefresh())
        .isEqualTo(Duration.ofMinutes(5));
    assertThatThrownBy(() -> load("schedule_refresh: 5s\n"))
        .hasMessageEndingWith(
            "usher.yaml: schedule_refresh must be at least 10s: the schedule's server is not ours");
    assertThatThrownBy(() -> load("schedule_refresh: often\n"))
        .hasMessage("schedule_refresh 'often' is not a duration such as 30s, 90m or 2h");
  }

  @Test
  void announceNamesChannelsByPlatform() throws Exception {
    UsherSettings settings =
        load(
            """
        announce:
          discord: ["123456789012345678"]
          slack: C0123ABCD
        """);

    assertThat(ReminderSettingsReader.announceChannels(settings.section("announce")).targets())
        .extracting(t -> t.platform() + ":" + t.channel())
        .containsExactly("discord:123456789012345678", "slack:C0123ABCD");
    assertThat(ReminderSettingsReader.announceChannels(load("").section("announce")).isEmpty())
        .isTrue();
  }
}
