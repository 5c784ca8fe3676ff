package dev.usher.knowledge.ingest;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.usher.core.knowledge.IngestReport.Problem;
import dev.usher.core.reply.Source;
import dev.usher.knowledge.document.Passage;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The organizers' curated answers, {@code answers.yaml} beside {@code usher.yaml}: a list of
 * entries, each with example {@code questions}, the {@code answer} and an optional {@code link}.
 * Each entry is one passage, indexed and ranked with the pages: its example questions are its
 * heading (searched, never quoted, and not counted as questions of the passage) and its answer is
 * the quote. A malformed entry is one problem and the others are read.
 */
public final class OrganizerAnswers {
  public static final String FILE_NAME = "answers.yaml";

  /** The title the answers are shown under. */
  public static final String TITLE = "Organizers' answers";

  private static final YAMLMapper MAPPER = new YAMLMapper();
  private static final int MAX_QUESTIONS = 20;

  private OrganizerAnswers() {}

  /**
   * The documents of {@code text} (the file's content), one per entry; problems are added to {@code
   * problems}.
   */
  static List<SourceDocument> read(String text, List<Problem> problems) {
    JsonNode root;
    try {
      root = MAPPER.readTree(text);
    } catch (JacksonException e) {
      problems.add(
          new Problem(
              FILE_NAME,
              "not valid YAML: " + e.getOriginalMessage().lines().findFirst().orElse("")));
      return List.of();
    }
    if (root == null || root.isMissingNode() || root.isNull()) {
      return List.of();
    }
    if (!root.isArray()) {
      problems.add(
          new Problem(FILE_NAME, "expected a list of entries, each with questions and answer"));
      return List.of();
    }
    List<SourceDocument> documents = new ArrayList<>();
    for (int i = 0; i < root.size(); i++) {
      entry(root.get(i), i + 1, problems).ifPresent(documents::add);
    }
    return documents;
  }

  private static Optional<SourceDocument> entry(
      JsonNode entry, int number, List<Problem> problems) {
    String where = "entry " + number;
    if (!entry.isObject()) {
      return problem(problems, where + ": expected questions and answer, skipped");
    }
    JsonNode answer = entry.path("answer");
    if (!answer.isTextual() || answer.asText().isBlank()) {
      return problem(problems, where + ": has no answer text, skipped");
    }
    List<String> questions = new ArrayList<>();
    JsonNode listed = entry.path("questions");
    if (listed.isTextual()) {
      questions.add(listed.asText().strip());
    } else if (listed.isArray()) {
      listed.forEach(
          q -> {
            if (q.isTextual() && !q.asText().isBlank()) {
              questions.add(q.asText().strip());
            }
          });
    }
    if (questions.isEmpty()) {
      return problem(problems, where + ": has no example questions, skipped");
    }
    if (questions.size() > MAX_QUESTIONS) {
      problems.add(
          new Problem(
              FILE_NAME,
              where
                  + ": more than "
                  + MAX_QUESTIONS
                  + " questions; the first "
                  + MAX_QUESTIONS
                  + " kept"));
    }
    Optional<String> link = Optional.empty();
    JsonNode url = entry.path("link");
    if (!url.isMissingNode() && !url.isNull()) {
      link = link(url.asText());
      if (link.isEmpty()) {
        problems.add(
            new Problem(
                FILE_NAME,
                where + ": link '" + url.asText() + "' is not an http(s) URL, left out"));
      }
    }
    // The questions lead as the heading: the search matches their wording, the quote is the answer.
    String heading =
        String.join(" \u00b7 ", questions.subList(0, Math.min(MAX_QUESTIONS, questions.size())));
    Passage passage = new Passage(0, heading, answer.asText().strip());
    return Optional.of(
        new SourceDocument(Source.ORGANIZER_ANSWER_PREFIX + number, TITLE, link, List.of(passage)));
  }

  private static Optional<String> link(String text) {
    try {
      URI uri = new URI(text.strip());
      String scheme = Optional.ofNullable(uri.getScheme()).orElse("");
      return (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null
          ? Optional.of(uri.toString())
          : Optional.empty();
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  private static Optional<SourceDocument> problem(List<Problem> problems, String reason) {
    problems.add(new Problem(FILE_NAME, reason));
    return Optional.empty();
  }
}
