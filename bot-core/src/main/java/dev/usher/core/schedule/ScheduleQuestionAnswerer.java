package dev.usher.core.schedule;

import dev.usher.core.conference.Session;
import dev.usher.core.reply.Reply;
import dev.usher.core.schedule.ScheduleQuestion.DayPart;
import dev.usher.core.schedule.ScheduleQuestion.Moment;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Answers plain-words questions from the schedule, and claims only those clearly about it. A
 * question is claimed when:
 *
 * <ul>
 *   <li>it has a time intent (now, next, tomorrow, a weekday, "at 3pm"...) or names a room, track
 *       or speaker of the schedule, and its remaining topic words (if any) match sessions, or it
 *       asks for sessions ("any talk on ... tomorrow?"), in which case "nothing" is an answer;
 *   <li>or, with neither, it asks when, where or who presents (or for talks "about" a topic) and a
 *       session title covers most of its topic words ({@link #STRONG}), weighted by rarity, so a
 *       question about a "submission deadline" is not taken by a workshop that shares only its
 *       name. The conference's own name is not a topic word.
 * </ul>
 *
 * Everything else is left to the documents.
 */
final class ScheduleQuestionAnswerer {
  static final double STRONG = 0.75;
  private static final double TOPIC_MATCH = 0.5;
  private static final int MAX_TOPIC_MATCHES = 5;

  private final ScheduleView view;

  ScheduleQuestionAnswerer(ScheduleView view) {
    this.view = view;
  }

  Optional<Reply> answer(String question) {
    return claim(question).map(ScheduleClaim::reply);
  }

  /**
   * The schedule's answer, if the question is about it, and whether only the schedule can answer
   * it: a question about now or next, a named room, track or speaker, sessions as such, or a day
   * with no topic ("what's on today") is the schedule's; one that only names a day or shares words
   * with a session title may be better answered by a page.
   */
  Optional<ScheduleClaim> claim(String question) {
    if (view.days.isEmpty()) {
      return Optional.empty();
    }
    ScheduleQuestion q = new ScheduleQuestionReader(view).read(question);
    SessionMatcher matcher = view.sessions;
    if (!q.hasTime() && !q.namesSomething()) {
      return byTitle(q, matcher).map(reply -> new ScheduleClaim(reply, false));
    }
    boolean certain =
        q.moment().isPresent()
            || q.at().isPresent()
            || q.namesSomething()
            || q.asksSessions()
            || q.topic().isEmpty();
    return answerInTime(q, matcher).map(reply -> new ScheduleClaim(reply, certain));
  }

  private Optional<Reply> answerInTime(ScheduleQuestion q, SessionMatcher matcher) {
    List<String> notes = new ArrayList<>();
    boolean aboutToday =
        q.moment().isPresent()
            || (q.day().isEmpty() && (q.part().isPresent() || q.at().isPresent()))
            || q.day().filter(view.today::equals).isPresent();
    if (aboutToday && view.afterConference()) {
      return Optional.of(view.ended());
    }
    if (aboutToday && view.beforeConference()) {
      notes.add(view.startsNote());
    }
    if (q.day().isPresent() && !view.days.has(dayOf(q))) {
      return Optional.of(
          new DayCommand(view).show(q.day().get(), Optional.empty(), Optional.empty(), notes));
    }
    TimeOrder base = named(q);
    List<Session> candidates = inWindow(q, base);
    if (!q.topic().isEmpty()) {
      List<Session> matching = byTopic(q.topic(), candidates, matcher);
      if (matching.isEmpty()) {
        return q.asksSessions()
            ? Optional.of(
                view.nothing(
                    "I found no session about \""
                        + String.join(" ", q.topic())
                        + "\""
                        + when(q)
                        + ".",
                    List.of(),
                    notes))
            : Optional.empty();
      }
      if (q.moment().filter(Moment.NEXT::equals).isPresent()) {
        matching = matching.subList(0, 1);
      }
      return Optional.of(view.cardsOrOverview(heading(q), matching, notes, "schedule"));
    }
    if (q.moment().filter(Moment.NEXT::equals).isPresent()) {
      return Optional.of(new NextCommand(view).run(q.rooms().stream().findFirst(), notes));
    }
    if (candidates.isEmpty() && q.at().isPresent()) {
      List<Session> after = startingAfter(q);
      if (!after.isEmpty()) {
        notes.add("Nothing is on" + when(q) + "; here is what starts next.");
        return Optional.of(view.cards(heading(q).replaceFirst(" at ", " after "), after, notes));
      }
    }
    if (candidates.isEmpty()) {
      return Optional.of(view.nothing("Nothing is scheduled" + when(q) + ".", List.of(), notes));
    }
    return Optional.of(view.cardsOrOverview(heading(q), candidates, notes, command(q)));
  }

  private Optional<Reply> byTitle(ScheduleQuestion q, SessionMatcher matcher) {
    if (q.topic().isEmpty() || !(q.asksTimeOrPlace() || q.asksAbout())) {
      return Optional.empty();
    }
    List<SessionMatcher.Scored> ranked = matcher.rank(q.topic(), false, STRONG);
    if (ranked.isEmpty() && q.asksAbout()) {
      ranked = matcher.rank(q.topic(), true, STRONG);
    }
    if (ranked.isEmpty()) {
      return Optional.empty();
    }
    double best = ranked.get(0).coverage();
    List<Session> shown =
        ranked.stream()
            .filter(s -> s.coverage() >= best - 0.1)
            .limit(MAX_TOPIC_MATCHES)
            .map(SessionMatcher.Scored::session)
            .toList();
    return Optional.of(view.cards("Sessions", shown, List.of()));
  }

  private static List<Session> byTopic(
      List<String> topic, List<Session> candidates, SessionMatcher matcher) {
    List<SessionMatcher.Scored> scored =
        matcher.scoreCovering(topic, candidates, true, TOPIC_MATCH);
    double best = scored.stream().mapToDouble(SessionMatcher.Scored::coverage).max().orElse(0);
    // Best match first; equally good matches stay in time order (the sort is stable).
    return scored.stream()
        .filter(s -> s.coverage() >= best - 0.2)
        .sorted(
            Comparator.comparingDouble(
                (SessionMatcher.Scored s) -> -Math.round(s.coverage() * 100) / 100.0))
        .map(SessionMatcher.Scored::session)
        .toList();
  }

  /**
   * The sessions of {@code base} in the time the question names; all of them when it names none.
   * Each window is found by binary search in start order, never by testing every session.
   */
  private List<Session> inWindow(ScheduleQuestion q, TimeOrder base) {
    Optional<Moment> moment = q.moment();
    boolean today = q.day().isEmpty() || q.day().get().equals(view.today);
    if (moment.isPresent() && today && q.at().isEmpty() && q.part().isEmpty()) {
      return switch (moment.get()) {
        case NOW ->
            view.beforeConference()
                ? view.onDay(base.sessions(), view.days.first())
                : ScheduleView.latestFirst(base.runningAt(view.now));
        case NEXT -> base.startingAfter(view.now);
        case LATER -> view.onDay(base.startingAfter(view.now), view.today);
      };
    }
    if (!q.day().isPresent() && q.part().isEmpty() && q.at().isEmpty()) {
      return base.sessions();
    }
    LocalDate day = dayOf(q);
    TimeOrder ofDay = onDay(base, day);
    if (q.at().isPresent()) {
      ZonedDateTime moment2 = onDay(day, q.at().get());
      List<Session> both = new ArrayList<>(ScheduleView.latestFirst(ofDay.runningAt(moment2)));
      both.addAll(ofDay.startingBetween(moment2, moment2.plusMinutes(30)));
      return both;
    }
    if (q.part().isPresent()) {
      return inPart(ofDay, day, q.part().get());
    }
    return ofDay.sessions();
  }

  private TimeOrder onDay(TimeOrder sessions, LocalDate day) {
    return sessions.between(
        start -> !view.days.dayOf(start).isBefore(day),
        start -> view.days.dayOf(start).isAfter(day));
  }

  /**
   * The sessions of a programme day ({@code ofDay}) that are on during {@code part} of it ({@link
   * #inPart(Session, DayPart)}), read from the three runs that can hold them: those starting in the
   * part, those running as it begins, and for the evening those after midnight. What starts in the
   * part comes first; what began earlier and runs on into it, after.
   */
  private List<Session> inPart(TimeOrder ofDay, LocalDate day, DayPart part) {
    ZonedDateTime partStart = day.atTime(part.from).atZone(view.conference.zone());
    ZonedDateTime dayBreak = day.atTime(ProgrammeDays.DAY_BREAK).atZone(view.conference.zone());
    Set<Session> found = Collections.newSetFromMap(new IdentityHashMap<>());
    found.addAll(ofDay.between(start -> !start.isBefore(partStart), start -> false).sessions());
    found.addAll(ofDay.runningAt(partStart));
    if (part == DayPart.EVENING) {
      found.addAll(ofDay.between(start -> true, start -> !start.isBefore(dayBreak)).sessions());
    }
    return found.stream()
        .filter(s -> inPart(s, part))
        .sorted(Comparator.comparingInt(view.index::position))
        .sorted(Comparator.comparing((Session s) -> s.start().isBefore(partStart)))
        .toList();
  }

  /** The first sessions to start after the asked time on the asked day, per room. */
  private List<Session> startingAfter(ScheduleQuestion q) {
    LocalDate day = dayOf(q);
    ZonedDateTime moment = onDay(day, q.at().orElseThrow());
    List<Session> later = onDay(named(q), day).startingAfter(moment);
    if (later.isEmpty()) {
      return later;
    }
    ZonedDateTime first = later.get(0).start();
    return later.stream().filter(s -> s.start().equals(first)).toList();
  }

  /** The day asked about; "today" before the conference is its first day (with a note). */
  private LocalDate dayOf(ScheduleQuestion q) {
    LocalDate day = q.day().orElse(view.today);
    return day.equals(view.today) && view.beforeConference() ? view.days.first() : day;
  }

  /**
   * The moment a clock time names within a programme day: "at 2am" on a day whose programme runs
   * past midnight is the next calendar date; on a day that starts early, it is the same date.
   */
  private ZonedDateTime onDay(LocalDate day, LocalTime at) {
    ZonedDateTime sameDate = day.atTime(at).atZone(view.conference.zone());
    return view.days.dayOf(sameDate).equals(day) ? sameDate : sameDate.plusDays(1);
  }

  /**
   * Whether a session is on during the part of its programme day: it starts in it, or it began
   * earlier and still has an hour or more to run when the part begins.
   */
  private boolean inPart(Session session, DayPart part) {
    LocalDate day = view.days.dayOf(session.start());
    ZonedDateTime from = day.atTime(part.from).atZone(view.conference.zone());
    ZonedDateTime to =
        (part.to.isAfter(part.from) ? day : day.plusDays(1))
            .atTime(part.to)
            .atZone(view.conference.zone());
    boolean early =
        session
            .start()
            .isBefore(day.atTime(ProgrammeDays.DAY_BREAK).atZone(view.conference.zone()));
    if (early) {
      // A session before the day break on its own date (01:50 on a first day) counts as the night.
      return part == DayPart.EVENING;
    }
    boolean startsInPart = !session.start().isBefore(from) && session.start().isBefore(to);
    // A long session (an all-day workshop) that began earlier is still "on this afternoon";
    // one ending within the hour is not.
    boolean runsWellInto =
        session.start().isBefore(from) && !session.end().isBefore(from.plusHours(1));
    return startsInPart || runsWellInto;
  }

  /** The sessions of the rooms, tracks and speakers the question names; every session when none. */
  private TimeOrder named(ScheduleQuestion q) {
    return view.index
        .named(q.rooms(), q.tracks(), q.speakers())
        .map(TimeOrder::of)
        .orElse(view.index.all());
  }

  private String heading(ScheduleQuestion q) {
    StringBuilder heading = new StringBuilder();
    q.moment()
        .ifPresent(
            m ->
                heading.append(
                    switch (m) {
                      case NOW -> "On now";
                      case NEXT -> "Next";
                      case LATER -> "Later today";
                    }));
    if (heading.isEmpty()) {
      heading.append(
          q.day().map(view::dayLabel).orElse(q.hasTime() ? view.dayLabel(view.today) : "Sessions"));
    }
    q.part()
        .ifPresent(p -> heading.append(", ").append(p.name().toLowerCase(java.util.Locale.ROOT)));
    q.at().ifPresent(t -> heading.append(" at ").append(t));
    if (!q.rooms().isEmpty()) {
      heading.append(" in ").append(String.join(", ", q.rooms()));
    }
    if (!q.tracks().isEmpty()) {
      heading.append(", track ").append(String.join(", ", q.tracks()));
    }
    if (!q.speakers().isEmpty()) {
      heading.append(", with ").append(String.join(", ", q.speakers()));
    }
    return heading.toString();
  }

  private String when(ScheduleQuestion q) {
    return q.hasTime() ? " (" + heading(q) + ")" : "";
  }

  private String command(ScheduleQuestion q) {
    LocalDate day = dayOf(q);
    return "schedule "
        + day
        + q.rooms().stream().findFirst().map(r -> " --room " + ScheduleView.argument(r)).orElse("")
        + q.tracks().stream()
            .findFirst()
            .map(t -> " --track " + ScheduleView.argument(t))
            .orElse("");
  }
}
