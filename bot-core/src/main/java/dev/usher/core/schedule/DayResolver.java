package dev.usher.core.schedule;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns day words into a programme day, relative to today's programme day: {@code today}, {@code
 * tonight}, {@code tomorrow}, {@code yesterday}, weekday names (the conference's day with that
 * weekday, the coming one first), {@code day 2}, {@code first/last day}, and dates ({@code
 * 2026-04-25}, {@code 25.4.}, {@code april 25}, {@code 25th apr}). A date without a year takes the
 * conference's year. Immutable.
 */
final class DayResolver {
  /** A day found in a text, and the words that named it (to be left out of topic words). */
  record Mention(LocalDate day, String words) {}

  private static final String MONTHS =
      "(january|february|march|april|may|june|july|august|september|october|november|december"
          + "|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)";
  private static final Pattern ISO = Pattern.compile("\\b(\\d{4}) (\\d{1,2}) (\\d{1,2})\\b");
  private static final Pattern DAY_MONTH_NUMERIC =
      Pattern.compile("\\b(\\d{1,2}) (\\d{1,2})\\b(?! ?(?:am|pm|h|uhr)\\b)");
  private static final Pattern MONTH_DAY =
      Pattern.compile("\\b" + MONTHS + " (\\d{1,2})(?:st|nd|rd|th)?\\b");
  private static final Pattern DAY_MONTH =
      Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)? (?:of )?" + MONTHS + "\\b");
  private static final Pattern DAY_NUMBER =
      Pattern.compile("\\bday (\\d{1,2}|one|two|three|four|five)\\b");
  private static final Map<String, Integer> NUMBERS =
      Map.of("one", 1, "two", 2, "three", 3, "four", 4, "five", 5);
  private static final Map<String, Integer> RELATIVE =
      Map.ofEntries(
          Map.entry("today", 0),
          Map.entry("tonight", 0),
          Map.entry("tonite", 0),
          Map.entry("todays", 0),
          Map.entry("tomorrow", 1),
          Map.entry("tomorrows", 1),
          Map.entry("tomorow", 1),
          Map.entry("tommorow", 1),
          Map.entry("tommorrow", 1),
          Map.entry("tmrw", 1),
          Map.entry("tmr", 1),
          Map.entry("yesterday", -1));

  private final ProgrammeDays days;
  private final LocalDate today;

  DayResolver(ProgrammeDays days, LocalDate today) {
    this.days = days;
    this.today = today;
  }

  /** The day {@code text} names, if it names one. */
  Optional<LocalDate> resolve(String text) {
    return find(Words.fold(text)).map(Mention::day);
  }

  /** The first day named in {@code folded} text (see {@link Words#fold}). */
  Optional<Mention> find(String folded) {
    for (String word : folded.split(" ")) {
      Integer offset = RELATIVE.get(word);
      if (offset != null) {
        return Optional.of(new Mention(relative(offset), word));
      }
    }
    Optional<Mention> date = date(folded);
    if (date.isPresent()) {
      return date;
    }
    for (String word : folded.split(" ")) {
      Optional<DayOfWeek> weekday = weekday(word);
      if (weekday.isPresent()) {
        return Optional.of(new Mention(onWeekday(weekday.get()), word));
      }
    }
    Matcher number = DAY_NUMBER.matcher(folded);
    if (number.find() && !days.isEmpty()) {
      String n = number.group(1);
      int index = NUMBERS.containsKey(n) ? NUMBERS.get(n) : Integer.parseInt(n);
      List<LocalDate> all = days.days();
      if (index >= 1 && index <= all.size()) {
        return Optional.of(new Mention(all.get(index - 1), number.group()));
      }
    }
    if (!days.isEmpty() && folded.matches(".*\\b(first|opening) day\\b.*")) {
      return Optional.of(new Mention(days.first(), "first day"));
    }
    if (!days.isEmpty() && folded.matches(".*\\b(last|final|closing) day\\b.*")) {
      return Optional.of(new Mention(days.last(), "last day"));
    }
    return Optional.empty();
  }

  /** Day words that start with {@code prefix}: relative words, then the conference's days. */
  List<String> completions(String prefix, int max) {
    String folded = Words.fold(prefix);
    Set<String> all = new LinkedHashSet<>(List.of("today", "tomorrow"));
    for (LocalDate day : days.days()) {
      all.add(
          day.getDayOfWeek()
              .getDisplayName(TextStyle.FULL, Locale.ENGLISH)
              .toLowerCase(Locale.ROOT));
    }
    for (LocalDate day : days.days()) {
      all.add(day.toString());
    }
    List<String> matching = new ArrayList<>();
    for (String word : all) {
      if (word.startsWith(folded) && matching.size() < max) {
        matching.add(word);
      }
    }
    return matching;
  }

  private LocalDate relative(int offset) {
    return today.plusDays(offset);
  }

  private LocalDate onWeekday(DayOfWeek weekday) {
    List<LocalDate> candidates =
        days.days().stream().filter(d -> d.getDayOfWeek() == weekday).toList();
    return candidates.stream()
        .filter(d -> !d.isBefore(today))
        .findFirst()
        .or(() -> candidates.stream().findFirst())
        .orElseGet(() -> nextWeekday(weekday));
  }

  private LocalDate nextWeekday(DayOfWeek weekday) {
    LocalDate day = today;
    while (day.getDayOfWeek() != weekday) {
      day = day.plusDays(1);
    }
    return day;
  }

  static Optional<DayOfWeek> weekday(String word) {
    if (word.length() < 3) {
      return Optional.empty();
    }
    for (DayOfWeek day : DayOfWeek.values()) {
      String name = day.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
      String plural = name + "s";
      if (word.equals(name) || word.equals(plural) || Words.similar(word, name)) {
        return Optional.of(day);
      }
      boolean abbreviation =
          name.startsWith(word) && word.length() <= 5 && !word.equals("sun") && !word.equals("wed");
      if (abbreviation) {
        return Optional.of(day);
      }
    }
    return Optional.empty();
  }

  private Optional<Mention> date(String folded) {
    Matcher iso = ISO.matcher(folded);
    if (iso.find()) {
      return of(
          Integer.parseInt(iso.group(1)),
          Integer.parseInt(iso.group(2)),
          Integer.parseInt(iso.group(3)),
          iso.group());
    }
    Matcher monthDay = MONTH_DAY.matcher(folded);
    if (monthDay.find()) {
      return of(0, month(monthDay.group(1)), Integer.parseInt(monthDay.group(2)), monthDay.group());
    }
    Matcher dayMonth = DAY_MONTH.matcher(folded);
    if (dayMonth.find()) {
      return of(0, month(dayMonth.group(2)), Integer.parseInt(dayMonth.group(1)), dayMonth.group());
    }
    Matcher numeric = DAY_MONTH_NUMERIC.matcher(folded);
    while (numeric.find()) {
      Optional<Mention> found =
          of(
              0,
              Integer.parseInt(numeric.group(2)),
              Integer.parseInt(numeric.group(1)),
              numeric.group());
      if (found.isPresent() && days.has(found.get().day())) {
        return found;
      }
    }
    return Optional.empty();
  }

  private static int month(String abbreviation) {
    for (Month month : Month.values()) {
      if (month.name().toLowerCase(Locale.ROOT).startsWith(abbreviation.substring(0, 3))) {
        return month.getValue();
      }
    }
    throw new IllegalStateException("not a month: " + abbreviation);
  }

  private Optional<Mention> of(int year, int month, int dayOfMonth, String words) {
    int y = year > 0 ? year : days.isEmpty() ? today.getYear() : days.first().getYear();
    try {
      LocalDate date = LocalDate.of(y, month, dayOfMonth);
      if (year == 0 && !days.isEmpty() && !days.has(date)) {
        LocalDate lastYear = date.withYear(days.last().getYear());
        date = days.has(lastYear) ? lastYear : date;
      }
      return Optional.of(new Mention(date, words));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
