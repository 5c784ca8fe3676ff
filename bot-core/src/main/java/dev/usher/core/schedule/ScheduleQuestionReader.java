package dev.usher.core.schedule;

import dev.usher.core.schedule.ScheduleQuestion.DayPart;
import dev.usher.core.schedule.ScheduleQuestion.Moment;
import dev.usher.core.vocabulary.ChatWords;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a question in plain words into a {@link ScheduleQuestion}: its time words, the rooms,
 * tracks and speakers of the schedule it names, and what is left as topic. Only the schedule's own
 * values are recognized, so nothing here is specific to one conference.
 */
final class ScheduleQuestionReader {
  private static final Pattern CLOCK =
      Pattern.compile(
          "(?<![\\d.:/-])(?:(at|around|from|@|by|after|before)\\s*)?(\\d{1,2})(?:[:.h](\\d{2}))?\\s*(am|pm|a\\.m\\.|p\\.m\\.|h|uhr|o'?clock)?(?![\\d.:/-]*\\d)");
  private static final Set<String> SESSION_NOUNS =
      Set.of(
          "talk",
          "talks",
          "session",
          "sessions",
          "lecture",
          "lectures",
          "workshop",
          "workshops",
          "keynote",
          "keynotes",
          "panel",
          "panels",
          "presentation",
          "presentations",
          "tutorial",
          "tutorials",
          "speaker",
          "speakers",
          "speaking",
          "speaks",
          "room",
          "track");

  /** "Is anything on robotics tomorrow?": asks for sessions without naming them. */
  private static final Pattern ANYTHING_ON =
      Pattern.compile("\\b(anything|something) (on|about)\\b");

  private static final Pattern TIME_OR_PLACE =
      Pattern.compile(
          "\\b(when|whens|where|wheres|what time|which room|what room|which day|start|starts|begin|begins"
              + "|located|location|who (is )?(speak|speaks|speaking|present|presents|presenting|giving|talking))\\b");
  private static final Pattern ABOUT =
      Pattern.compile(
          "\\b(talks?|sessions?|lectures?|speaks?|speaking|presents?|presenting|presentations?"
              + "|speakers?) (about|on)\\b");

  /** Kinds of sessions: a single-word track named like one ("Workshops") is not named by them. */
  private static final Set<String> KINDS =
      Set.of(
          "talk",
          "session",
          "lecture",
          "workshop",
          "keynote",
          "panel",
          "presentation",
          "tutorial",
          "poster",
          "oral",
          "demo",
          "break",
          "social",
          "main",
          "plenary",
          "invited");

  private static final Set<String> NOW_WORDS = Set.of("now", "currently", "atm", "rn", "moment");
  private static final Set<String> NEXT_WORDS = Set.of("next", "upcoming", "soon", "nxt");
  private static final Set<String> LATER_WORDS = Set.of("later");
  private static final Set<String> TIME_WORDS =
      Set.of(
          "morning",
          "afternoon",
          "evening",
          "tonight",
          "tonite",
          "night",
          "today",
          "tomorrow",
          "noon",
          "week");

  /** Words that name no speaker: stop words, question words, times of day. */
  private static final Set<String> ORDINARY = ordinary();

  /** Words that name no track: the {@link #ORDINARY} ones and kinds of sessions. */
  private static final Set<String> TRACK_ORDINARY = trackOrdinary();

  private static final Pattern RIGHT_NOW = Pattern.compile("\\bright now\\b");
  private static final Pattern TONIGHT = Pattern.compile("\\b(tonight|tonite)\\b");

  private final ScheduleView view;
  private final Set<String> conferenceWords;

  ScheduleQuestionReader(ScheduleView view) {
    this.view = view;
    this.conferenceWords = new HashSet<>(Words.tokens(view.conference.name()));
  }

  ScheduleQuestion read(String question) {
    String lower = question.toLowerCase(Locale.ROOT);
    Optional<LocalTime> at = Optional.empty();
    Matcher clock = CLOCK.matcher(lower);
    while (clock.find()) {
      Optional<LocalTime> time = time(clock);
      if (time.isPresent()) {
        at = time;
        lower = lower.substring(0, clock.start()) + " " + lower.substring(clock.end());
        break;
      }
    }
    String folded = RIGHT_NOW.matcher(Words.fold(lower)).replaceAll("now");
    boolean tonight = TONIGHT.matcher(folded).find();
    Optional<DayResolver.Mention> mention = view.dayResolver.find(folded);
    if (mention.isPresent()) {
      folded = (" " + folded + " ").replace(" " + mention.get().words() + " ", " ").strip();
    }
    List<String> words = new ArrayList<>(List.of(folded.split(" ")));
    words.removeIf(String::isEmpty);
    Optional<DayPart> part = part(words);
    if (part.isEmpty() && tonight) {
      part = Optional.of(DayPart.EVENING);
    }
    Optional<Moment> moment = moment(words, folded);
    List<String> rooms = rooms(words);
    List<String> tracks = tracks(words, TRACK_ORDINARY);
    List<String> speakers = speakers(words, ORDINARY);
    Set<String> named = new HashSet<>();
    rooms.forEach(r -> named.addAll(Words.tokens(r)));
    tracks.forEach(t -> named.addAll(Words.tokens(t)));
    speakers.forEach(p -> named.addAll(Words.tokens(p)));
    boolean asksSessions =
        words.stream().anyMatch(SESSION_NOUNS::contains) || ANYTHING_ON.matcher(folded).find();
    List<String> topic =
        words.stream()
            .filter(
                w ->
                    !Words.STOP.contains(w)
                        && !Words.QUESTION.contains(w)
                        && !ChatWords.isFiller(w))
            .filter(
                w -> w.length() < 5 || Words.QUESTION.stream().noneMatch(q -> Words.similar(w, q)))
            .filter(w -> !TIME_WORDS.contains(w) && !NOW_WORDS.contains(w))
            .filter(w -> !NEXT_WORDS.contains(w) && !LATER_WORDS.contains(w))
            .filter(w -> !conferenceWords.contains(w) && !named.contains(w))
            .filter(w -> !RoomNames.ROOM_WORDS.contains(w) && !isWeekdayOrPartWord(w))
            .filter(w -> !(w.length() == 1 && !Character.isDigit(w.charAt(0))))
            .distinct()
            .toList();
    Optional<LocalDate> day = mention.map(DayResolver.Mention::day);
    boolean asksTimeOrPlace = TIME_OR_PLACE.matcher(folded).find();
    boolean asksAbout = ABOUT.matcher(folded).find();
    return new ScheduleQuestion(
        day,
        part,
        at,
        moment,
        rooms,
        tracks,
        speakers,
        topic,
        asksSessions,
        asksTimeOrPlace,
        asksAbout);
  }

  private static Set<String> ordinary() {
    Set<String> ordinary = new HashSet<>(Words.STOP);
    ordinary.addAll(Words.QUESTION);
    ordinary.addAll(TIME_WORDS);
    return Set.copyOf(ordinary);
  }

  private static Set<String> trackOrdinary() {
    Set<String> ordinary = new HashSet<>(ORDINARY);
    for (String kind : KINDS) {
      ordinary.add(kind);
      ordinary.add(kind + "s");
    }
    ordinary.addAll(SESSION_NOUNS);
    return Set.copyOf(ordinary);
  }

  private static boolean isWeekdayOrPartWord(String word) {
    return word.equals("this") || word.equals("pm") || word.equals("am");
  }

  private static Optional<LocalTime> time(Matcher clock) {
    String prefix = clock.group(1);
    String minutes = clock.group(3);
    String suffix = clock.group(4);
    if (prefix == null && minutes == null && suffix == null) {
      return Optional.empty();
    }
    if (minutes == null
        && suffix == null
        && !"at".equals(prefix)
        && !"around".equals(prefix)
        && !"@".equals(prefix)) {
      return Optional.empty();
    }
    int hour = Integer.parseInt(clock.group(2));
    int minute = minutes == null ? 0 : Integer.parseInt(minutes);
    if (suffix != null && suffix.startsWith("p") && hour < 12) {
      hour += 12;
    } else if (suffix != null && suffix.startsWith("a") && hour == 12) {
      hour = 0;
    } else if (suffix == null && minutes == null && hour >= 1 && hour <= 7) {
      hour += 12; // "at 3" during a conference day means the afternoon
    }
    if (hour > 23 || minute > 59) {
      return Optional.empty();
    }
    return Optional.of(LocalTime.of(hour, minute));
  }

  private static Optional<DayPart> part(List<String> words) {
    if (words.contains("morning")) {
      return Optional.of(DayPart.MORNING);
    }
    if (words.contains("afternoon")) {
      return Optional.of(DayPart.AFTERNOON);
    }
    if (words.contains("evening") || words.contains("night") || words.contains("tonite")) {
      return Optional.of(DayPart.EVENING);
    }
    return Optional.empty();
  }

  private static Optional<Moment> moment(List<String> words, String folded) {
    if (words.stream().anyMatch(NOW_WORDS::contains) || folded.contains("right now")) {
      return Optional.of(Moment.NOW);
    }
    if (words.stream().anyMatch(NEXT_WORDS::contains) || folded.contains("coming up")) {
      return Optional.of(Moment.NEXT);
    }
    if (words.stream().anyMatch(LATER_WORDS::contains)) {
      return Optional.of(Moment.LATER);
    }
    return Optional.empty();
  }

  /**
   * Rooms named in full ("main hall"), or by their distinctive part after a room word ("room 2" or
   * "saal g" for "Saal G"), or by a distinctive multi-letter part alone.
   */
  private List<String> rooms(List<String> words) {
    List<String> found = view.rooms.mentionedIn(words, Set.of());
    if (!found.isEmpty()) {
      return found;
    }
    return view.roomNames.namedIn(" " + String.join(" ", words) + " ");
  }

  private List<String> tracks(List<String> words, Set<String> ordinary) {
    List<String> found = new ArrayList<>(view.tracks.mentionedIn(words, ordinary));
    for (int i = 1; i < words.size(); i++) {
      if (words.get(i).startsWith("track") && !ordinary.contains(words.get(i - 1))) {
        found.addAll(view.tracks.find(words.get(i - 1)));
      }
    }
    return found.stream().distinct().toList();
  }

  /** Speakers named in full, or by a last name of 4+ letters that is not an ordinary word. */
  private List<String> speakers(List<String> words, Set<String> ordinary) {
    List<String> found = view.speakers.mentionedIn(words, ordinary);
    if (!found.isEmpty()) {
      return found;
    }
    return view.speakers.namedByLastWord(words, ordinary);
  }
}
