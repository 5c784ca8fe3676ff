package dev.usher.core.schedule;

import dev.usher.core.conference.Conference;
import dev.usher.core.conference.Schedule;
import dev.usher.core.conference.Session;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Schedules built in code and fixed clocks, for the schedule tests. */
final class Fixtures {
  static final ZoneId RIO = ZoneId.of("America/Sao_Paulo");
  static final Conference CONFERENCE =
      new Conference(
          "ICLR 2026", RIO, Optional.of("Ask at the registration desk"), Optional.empty());

  private Fixtures() {}

  static Session session(
      String id,
      String title,
      String start,
      int minutes,
      String room,
      String track,
      String... speakers) {
    ZonedDateTime begin = LocalDateTime.parse(start).atZone(RIO);
    return new Session(
        id,
        title,
        begin,
        begin.plusMinutes(minutes),
        Optional.of(room),
        Optional.of(track),
        List.of(speakers),
        "",
        Optional.empty());
  }

  static Session described(Session s, String description) {
    return new Session(
        s.id(),
        s.title(),
        s.start(),
        s.end(),
        s.room(),
        s.track(),
        s.speakers(),
        description,
        s.url());
  }

  /** A small conference over Friday 24 to Sunday 26 April 2026, with a late evening on Friday. */
  static Schedule conference() {
    return new Schedule(
        RIO,
        List.of(
            session(
                "opening",
                "Opening Remarks",
                "2026-04-24T08:30",
                30,
                "Oral Hall",
                "Main conference"),
            session(
                "keynote",
                "Keynote: Learning at Scale",
                "2026-04-24T09:00",
                60,
                "Oral Hall",
                "Main conference",
                "Yann Lecun"),
            session(
                "llms-lost",
                "LLMs Get Lost In Multi-Turn Conversation",
                "2026-04-24T10:30",
                20,
                "Oral Hall",
                "Orals",
                "Philippe Laban",
                "Jennifer Neville"),
            session(
                "posters-1", "Poster Session 1", "2026-04-24T10:30", 120, "Poster Hall", "Posters"),
            session(
                "succinct",
                "Transformers are Inherently Succinct",
                "2026-04-24T15:00",
                20,
                "Room 201",
                "Orals",
                "Pascal Bergsträßer",
                "Ryan Cotterell"),
            session("party", "Conference Party", "2026-04-24T21:00", 180, "Terrace", "Social"),
            session(
                "late-jam", "Late Night Jam Session", "2026-04-25T01:30", 60, "Terrace", "Social"),
            described(
                session(
                    "graphs",
                    "Graph Foundation Models",
                    "2026-04-25T09:00",
                    120,
                    "Room 201",
                    "Workshops",
                    "Charilaos Kanatsoulis",
                    "Xingyue Huang"),
                "A new era for graph machine learning and graph learning at scale."),
            session(
                "audio",
                "Learning to Listen: Machine Learning for Audio",
                "2026-04-25T14:00",
                180,
                "Room 202",
                "Workshops",
                "Alice Baird",
                "Chris Donahue"),
            session(
                "trust",
                "Trustworthy AI for Good Workshop",
                "2026-04-26T08:00",
                480,
                "Room 201",
                "Workshops",
                "Zhijing Jin"),
            session(
                "closing",
                "Closing Remarks",
                "2026-04-26T16:00",
                30,
                "Oral Hall",
                "Main conference")));
  }

  /** A day of {@code count} sessions in four rooms, every 20 minutes from 09:00. */
  static Schedule busyDay(int count) {
    List<Session> sessions = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String start = LocalDateTime.parse("2026-04-24T09:00").plusMinutes(20L * (i / 4)).toString();
      sessions.add(
          session(
              "s" + i,
              "Talk number " + i,
              start,
              20,
              "Room " + (201 + i % 4),
              i % 2 == 0 ? "Orals" : "Posters"));
    }
    return new Schedule(RIO, sessions);
  }

  static Clock at(String localDateTime) {
    return Clock.fixed(LocalDateTime.parse(localDateTime).atZone(RIO).toInstant(), RIO);
  }

  static ScheduleCommands commands(Schedule schedule, String now) {
    return new ScheduleCommands(CONFERENCE, schedule, at(now));
  }
}
