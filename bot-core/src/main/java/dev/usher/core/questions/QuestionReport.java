package dev.usher.core.questions;

import dev.usher.core.reply.TimeFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the organizers should look at: the unanswered questions (declined, or answered unhelpfully)
 * grouped by likeness, the largest group first, and how the answers fared.
 *
 * @param since the start of the window; empty: the whole kept log
 * @param groups the groups, the largest first
 * @param declined questions declined in the window
 * @param notHelpful answers marked "Not helpful"
 * @param helpful answers marked "Helpful"
 * @param undelivered answers the platform could not send
 */
public record QuestionReport(
    Optional<Instant> since,
    List<Group> groups,
    int declined,
    int notHelpful,
    int helpful,
    int undelivered) {

  public QuestionReport {
    Objects.requireNonNull(since, "since");
    groups = List.copyOf(groups);
  }

  /** The report of {@code questions} (those of the window), grouped by {@code grouping}. */
  public static QuestionReport of(
      Optional<Instant> since, List<LoggedQuestion> questions, QuestionGroups grouping) {
    List<LoggedQuestion> unanswered =
        questions.stream().filter(LoggedQuestion::unanswered).toList();
    return new QuestionReport(
        since,
        grouping.group(unanswered),
        count(questions, q -> q.outcome() == LoggedQuestion.Outcome.DECLINED),
        count(
            questions, q -> q.feedback().equals(Optional.of(LoggedQuestion.Feedback.NOT_HELPFUL))),
        count(questions, q -> q.feedback().equals(Optional.of(LoggedQuestion.Feedback.HELPFUL))),
        count(questions, q -> q.outcome() == LoggedQuestion.Outcome.UNDELIVERED));
  }

  private static int count(
      List<LoggedQuestion> questions, java.util.function.Predicate<LoggedQuestion> which) {
    return (int) questions.stream().filter(which).count();
  }

  /**
   * Questions asked in different words about one thing.
   *
   * @param representative the wording asked most often (the latest of equals)
   * @param others up to three other wordings
   * @param platforms where they were asked, in name order
   */
  public record Group(
      int count,
      String representative,
      List<String> others,
      Instant lastSeen,
      List<String> platforms) {
    public Group {
      Objects.requireNonNull(representative, "representative");
      others = List.copyOf(others);
      Objects.requireNonNull(lastSeen, "lastSeen");
      platforms = List.copyOf(platforms);
    }

    /** Every wording shown: the representative first. */
    public List<String> wordings() {
      List<String> all = new ArrayList<>();
      all.add(representative);
      all.addAll(others);
      return all;
    }

    /** An {@code answers.yaml} entry for the group, ready to paste once the answer is written. */
    public String answersEntry() {
      return "- questions: ["
          + wordings().stream().map(QuestionReport::quoted).collect(Collectors.joining(", "))
          + "]\n  answer: \"TODO\"";
    }
  }

  /**
   * The report as text: the counts, then up to {@code maxGroups} groups, each with its wordings and
   * an {@code answers.yaml} entry; times in {@code zone}.
   */
  public String text(ZoneId zone, int maxGroups) {
    StringBuilder out = new StringBuilder();
    out.append(
            since
                .map(s -> "Since " + TimeFormat.shortMoment(s.atZone(zone), zone) + ": ")
                .orElse("In the kept log: "))
        .append(plural(declined, "question declined", "questions declined"))
        .append(", ")
        .append(plural(notHelpful, "answer", "answers"))
        .append(" marked not helpful, ")
        .append(helpful)
        .append(" helpful, ")
        .append(plural(undelivered, "answer", "answers"))
        .append(" not delivered.");
    if (groups.isEmpty()) {
      return out.append("\nNo unanswered question.").toString();
    }
    out.append("\n")
        .append(plural(groups.size(), "group", "groups"))
        .append(" of unanswered questions, the most asked first:");
    int shown = Math.min(maxGroups, groups.size());
    for (int i = 0; i < shown; i++) {
      Group group = groups.get(i);
      out.append("\n\n")
          .append(i + 1)
          .append(". ")
          .append(group.count())
          .append("\u00d7 ")
          .append(quoted(group.representative()))
          .append(" (last ")
          .append(TimeFormat.shortMoment(group.lastSeen().atZone(zone), zone))
          .append(", ")
          .append(String.join(", ", group.platforms()))
          .append(')');
      if (!group.others().isEmpty()) {
        out.append("\n   also: ")
            .append(
                group.others().stream()
                    .map(QuestionReport::quoted)
                    .collect(Collectors.joining(" \u00b7 ")));
      }
      out.append("\n").append(group.answersEntry().indent(3).stripTrailing());
    }
    if (shown < groups.size()) {
      out.append("\n\n... and ")
          .append(groups.size() - shown)
          .append(" more groups: ./usher report lists every one.");
    }
    return out.toString();
  }

  private static String plural(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  /** A YAML double-quoted scalar (also valid JSON): quotes, backslashes and controls escaped. */
  static String quoted(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < ' ') {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
