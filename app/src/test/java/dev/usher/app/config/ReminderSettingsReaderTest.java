package dev.usher.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.usher.core.reminder.Channels;
import dev.usher.core.reminder.ReminderSettings;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReminderSettingsReaderTest {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  @SuppressWarnings("unchecked")
  private static ReminderSettings read(String yaml) throws Exception {
    Map<String, Object> root = YAML.readValue(yaml, Map.class);
    return ReminderSettingsReader.read((Map<String, Object>) root.get("reminders"));
  }

  @Test
  void readsTheSectionTheIssueShows() throws Exception {
    ReminderSettings settings =
        read(
            """
            reminders:
              daily:
                at: "07:30"
                discord: ["123456789012345678"]
                slack: ["C0123ABCD"]
              before_session:
                minutes: 10
                discord: [123456789012345679]
                rooms: {"Room 1": {slack: ["C0ROOM1"]}}
            """);

    assertThat(settings.daily().orElseThrow().at()).isEqualTo(LocalTime.of(7, 30));
    assertThat(settings.daily().orElseThrow().channels().targets())
        .containsExactly(
            new Channels.Target("discord", "123456789012345678"),
            new Channels.Target("slack", "C0123ABCD"));
    var before = settings.beforeSession().orElseThrow();
    assertThat(before.lead()).isEqualTo(Duration.ofMinutes(10));
    assertThat(before.channels().targets())
        .containsExactly(new Channels.Target("discord", "123456789012345679"));
    assertThat(before.channelsFor(Optional.of("room 1")).targets())
        .containsExactly(new Channels.Target("slack", "C0ROOM1"));
    assertThat(settings.catchUpGrace()).isEqualTo(Duration.ofHours(2));
  }

  @Test
  void readsTheCatchUpGraceInMinutesHoursOrIso() {
    assertThat(ReminderSettingsReader.duration("90m", "k")).isEqualTo(Duration.ofMinutes(90));
    assertThat(ReminderSettingsReader.duration("3h", "k")).isEqualTo(Duration.ofHours(3));
    assertThat(ReminderSettingsReader.duration("PT45M", "k")).isEqualTo(Duration.ofMinutes(45));
  }

  @Test
  void noSectionMeansNoReminders() {
    assertThat(ReminderSettingsReader.read(Map.of()).isEmpty()).isTrue();
  }

  @Test
  void aWrongValueIsReportedWithItsKey() {
    assertThatThrownBy(() -> read("reminders: {daily: {at: \"7h30\", slack: [C1]}}"))
        .isInstanceOf(SettingsException.class)
        .hasMessageContaining("reminders.daily.at '7h30'");
    assertThatThrownBy(() -> read("reminders: {before_session: {minutes: 0, slack: [C1]}}"))
        .hasMessageContaining("reminders.before_session.minutes '0'");
    assertThatThrownBy(() -> read("reminders: {catch_up_grace: soon}"))
        .hasMessageContaining("reminders.catch_up_grace 'soon'");
  }

  @Test
  void aKeyItDoesNotReadIsLeftToCheckAndTheRestIsRead() throws Exception {
    // given a misspelt key beside a right one: ./usher check reports it (UnknownKeys), serve goes
    // on
    ReminderSettings settings =
        read("reminders: {dayly: {at: \"06:00\"}, daily: {at: \"07:00\", slack: [C1]}}");

    assertThat(settings.daily())
        .hasValueSatisfying(d -> assertThat(d.at()).isEqualTo(LocalTime.of(7, 0)));
  }

  @Test
  void readsTheSampleConferencesSection() {
    UsherSettings settings = SettingsLoader.load(java.nio.file.Path.of("../examples/iclr-2026"));

    ReminderSettings reminders = ReminderSettingsReader.read(settings.section("reminders"));

    assertThat(reminders.daily()).isPresent();
    assertThat(reminders.beforeSession().orElseThrow().rooms()).hasSize(1);
    assertThat(List.of(reminders.catchUpGrace())).containsExactly(Duration.ofHours(2));
  }
}
