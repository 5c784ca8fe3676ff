package dev.usher.core.reply;

import static org.assertj.core.api.Assertions.assertThat;

import dev.usher.core.conference.Session;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TimeFormatTest {
  private static final ZoneId LISBON = ZoneId.of("Europe/Lisbon");
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  @Test
  void daysAreWrittenInFullOrShort() {
    LocalDate thursday = LocalDate.of(2026, 4, 23);

    assertThat(TimeFormat.day(thursday)).isEqualTo("Thursday 23 April");
    assertThat(TimeFormat.shortDay(thursday)).isEqualTo("Thu 23 Apr");
  }

  @Test
  void timesUseATwentyFourHourClockWithLeadingZeros() {
    assertThat(TimeFormat.time(LocalTime.of(9, 5))).isEqualTo("09:05");
    assertThat(TimeFormat.times(LocalTime.of(14, 0), LocalTime.of(16, 0)))
        .isEqualTo("14:00\u201316:00");
  }

  @Test
  void aMomentIsShownInTheZoneAskedForNotTheOneItWasPublishedIn() {
    ZonedDateTime inLisbon = ZonedDateTime.of(2026, 4, 23, 23, 30, 0, 0, LISBON);

    assertThat(TimeFormat.moment(inLisbon, BERLIN)).isEqualTo("Friday 24 April, 00:30");
    assertThat(TimeFormat.shortMoment(inLisbon, BERLIN)).isEqualTo("Fri 24 Apr 00:30");
    assertThat(TimeFormat.time(inLisbon, BERLIN)).isEqualTo("00:30");
  }

  @Test
  void aSessionsSpanNamesItsDayOnce() {
    Session talk = session(ZonedDateTime.of(2026, 4, 23, 14, 30, 0, 0, BERLIN), 45);

    assertThat(TimeFormat.span(talk, BERLIN)).isEqualTo("Thursday 23 April, 14:30\u201315:15");
  }

  @Test
  void aSessionPastMidnightNamesBothDays() {
    Session party = session(ZonedDateTime.of(2026, 4, 23, 23, 30, 0, 0, BERLIN), 60);

    assertThat(TimeFormat.span(party, BERLIN))
        .isEqualTo("Thursday 23 April, 23:30 \u2013 Friday 24 April, 00:30");
  }

  private static Session session(ZonedDateTime start, int minutes) {
    return new Session(
        "s1",
        "Talk",
        start,
        start.plusMinutes(minutes),
        Optional.empty(),
        Optional.empty(),
        List.of(),
        "",
        Optional.empty());
  }
}
