package dev.usher.knowledge.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

class ScheduleUrlTest {
  @Test
  void anEntryWithASchemeIsAUrlAndAPathIsNot() {
    assertThat(ScheduleUrl.isUrl("https://pretalx.com/democon/schedule/export/schedule.json"))
        .isTrue();
    assertThat(ScheduleUrl.isUrl("schedule/2026.xml")).isFalse();
    assertThat(ScheduleUrl.isUrl("C:\\\\schedules\\\\a.ics")).isFalse();
  }

  @Test
  void httpsAnywhereAndPlainHttpToThisMachineAreFetched() {
    assertThat(ScheduleUrl.parse("https://fosdem.org/2020/schedule/xml"))
        .isEqualTo(URI.create("https://fosdem.org/2020/schedule/xml"));
    assertThat(ScheduleUrl.parse("http://127.0.0.1:8080/s.ics").getPort()).isEqualTo(8080);
    assertThat(ScheduleUrl.parse("http://localhost/s.ics").getHost()).isEqualTo("localhost");
    assertThat(ScheduleUrl.parse("http://[::1]:9000/s.ics").getHost()).isEqualTo("[::1]");
  }

  @Test
  void logsAndReportsShowAUrlWithoutItsQueryWhereAnAccessTokenMayBe() {
    assertThat(
            ScheduleUrl.display(
                URI.create(
                    "https://pretalx.com/democon/schedule/export/schedule.json?token=s3cret")))
        .isEqualTo("https://pretalx.com/democon/schedule/export/schedule.json?\u2026");
    assertThat(ScheduleUrl.display(URI.create("http://127.0.0.1:8080/s.ics")))
        .isEqualTo("http://127.0.0.1:8080/s.ics");
  }

  @Test
  void plainHttpElsewhereAnotherSchemeAndCredentialsAreRefusedSayingWhy() {
    assertThatThrownBy(() -> ScheduleUrl.parse("http://schedule.example.org/s.ics"))
        .hasMessage(
            "schedule 'http://schedule.example.org/s.ics': plain http is only allowed to this"
                + " machine (127.0.0.1, localhost); use https");
    assertThatThrownBy(() -> ScheduleUrl.parse("http://10.0.0.7/s.ics"))
        .hasMessageContaining("plain http is only allowed to this machine");
    assertThatThrownBy(() -> ScheduleUrl.parse("ftp://example.org/s.ics"))
        .hasMessage("schedule 'ftp://example.org/s.ics': only https:// URLs are fetched");
    assertThatThrownBy(() -> ScheduleUrl.parse("https://me:secret@example.org/s.ics"))
        .hasMessage(
            "schedule 'https://me:secret@example.org/s.ics': a user or password in the URL is not allowed");
  }
}
