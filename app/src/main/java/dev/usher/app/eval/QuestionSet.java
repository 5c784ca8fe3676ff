package dev.usher.app.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads a question set: tab-separated, {@code #} comments, a header naming the columns {@code id,
 * question, expect, source} and optionally {@code now} and {@code data}.
 */
public final class QuestionSet {
  private static final String ABSTAIN = "ABSTAIN";

  private QuestionSet() {}

  public static List<EvalQuestion> read(Path file) throws IOException {
    List<String> header = null;
    List<EvalQuestion> questions = new ArrayList<>();
    int lineNumber = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      lineNumber++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      List<String> cells = Arrays.asList(line.split("\t", -1));
      if (header == null) {
        header = cells.stream().map(String::strip).toList();
        for (String required : List.of("id", "question", "expect", "source")) {
          if (!header.contains(required)) {
            throw new IllegalArgumentException(
                file + ": the header has no '" + required + "' column");
          }
        }
        continue;
      }
      questions.add(question(file, lineNumber, header, cells));
    }
    return questions;
  }

  private static EvalQuestion question(
      Path file, int line, List<String> header, List<String> cells) {
    String where = file + ":" + line + ": ";
    String expect =
        cell(header, cells, "expect")
            .orElseThrow(() -> new IllegalArgumentException(where + "no expect"));
    Optional<Pattern> pattern;
    try {
      pattern =
          expect.equals(ABSTAIN)
              ? Optional.empty()
              : Optional.of(
                  Pattern.compile(expect, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException(
          where + "expect is not a regular expression: " + e.getMessage());
    }
    Optional<LocalDateTime> now;
    try {
      now = cell(header, cells, "now").map(LocalDateTime::parse);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          where + "now is not a local date-time such as 2026-04-25T10:05");
    }
    return new EvalQuestion(
        cell(header, cells, "id").orElse("line" + line),
        cell(header, cells, "question")
            .orElseThrow(() -> new IllegalArgumentException(where + "no question")),
        pattern,
        cell(header, cells, "source").filter(s -> !s.equals("-")),
        now,
        cell(header, cells, "data").filter(d -> !d.equals(".")));
  }

  private static Optional<String> cell(List<String> header, List<String> cells, String column) {
    int index = header.indexOf(column);
    if (index < 0 || index >= cells.size()) {
      return Optional.empty();
    }
    return Optional.of(cells.get(index).strip()).filter(v -> !v.isEmpty());
  }
}
