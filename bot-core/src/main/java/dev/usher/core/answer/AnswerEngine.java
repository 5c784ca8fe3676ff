package dev.usher.core.answer;

import dev.usher.core.conference.Conference;
import dev.usher.core.conference.Schedule;
import dev.usher.core.conference.Session;
import dev.usher.core.conference.SessionId;
import dev.usher.core.knowledge.Knowledge;
import dev.usher.core.knowledge.PassageHit;
import dev.usher.core.knowledge.PassageQuery;
import dev.usher.core.reply.Answer;
import dev.usher.core.reply.NoAnswer;
import dev.usher.core.reply.Reply;
import dev.usher.core.reply.Snippet;
import dev.usher.core.reply.Source;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers free-text questions by quoting the conference material, or says it does not know. The
 * passages found by words and by meaning are weighed by one {@link AnswerPolicy}; when nothing
 * answers, it retries with spellings from the material's own vocabulary. Thread-safe.
 */
public final class AnswerEngine {
  private static final Logger log = LoggerFactory.getLogger(AnswerEngine.class);

  private static final int ANSWER_CHARS = 600;
  private static final int ALSO_CHARS = 240;
  private static final int MAX_ALSO = 2;
  private static final int MAX_CORRECTIONS = 6;

  private final Conference conference;
  private final Knowledge knowledge;
  private final AnswerPolicy policy;
  private volatile SessionsById sessionsById = SessionsById.NONE;

  public AnswerEngine(Conference conference, Knowledge knowledge) {
    this(conference, knowledge, AnswerPolicy.DEFAULTS);
  }

  AnswerEngine(Conference conference, Knowledge knowledge, AnswerPolicy policy) {
    this.conference = conference;
    this.knowledge = knowledge;
    this.policy = policy;
  }

  Reply answer(String text) {
    return decide(text).reply();
  }

  /**
   * Says that {@code text} may be decided next: the knowledge can start the part of its search that
   * needs only the text (see {@link Knowledge#willSearch}).
   */
  public void expect(String text) {
    Question question = QuestionReader.read(text);
    if (!question.words().isEmpty()) {
      knowledge.willSearch(question.text());
    }
  }

  /** The reply to {@code text} with the signals that decided it, for the question log. */
  public Decided decide(String text) {
    Question question = QuestionReader.read(text);
    List<String> notes = new ArrayList<>();
    if (question.words().isEmpty()) {
      return Decided.of(
          noAnswer(
              notes,
              List.of(),
              List.of(),
              "Ask me about "
                  + conference.name()
                  + ": dates, venue, sessions, workshops, deadlines."),
          List.of());
    }
    Intent intent = Intent.of(question.text());
    List<Evidence> ranked = search(question.text(), question.words(), question.phrases(), intent);
    if (confident(ranked)) {
      return Decided.of(answer(ranked, question.words(), intent, notes), ranked);
    }
    Map<String, String> corrections = corrections(question.words(), ranked);
    if (!corrections.isEmpty()) {
      List<String> corrected =
          question.words().stream().map(w -> corrections.getOrDefault(w, w)).toList();
      List<Evidence> retried =
          search(
              correctedText(question.text(), corrections),
              corrected,
              adjacentPairs(corrected),
              intent);
      if (confident(retried)) {
        notes.add("Showing results for: " + String.join(" ", corrected));
        return Decided.of(answer(retried, corrected, intent, notes), retried);
      }
    }
    log.info("no answer for question: {}", question.text());
    return Decided.of(
        noAnswer(
            notes,
            List.copyOf(new LinkedHashSet<>(corrections.values())),
            closest(ranked),
            "I couldn't find that in the " + conference.name() + " material."),
        ranked);
  }

  /**
   * A reply and the signals of the best candidate that decided it.
   *
   * @param decision the rule by which the quote answers, or {@code DECLINE}
   * @param coverage the best candidate's coverage (0 when there was none)
   * @param similarity the best candidate's similarity, when semantic search is on
   */
  public record Decided(Reply reply, String decision, double coverage, OptionalDouble similarity) {
    static Decided of(Reply reply, List<Evidence> ranked) {
      if (ranked.isEmpty()) {
        return new Decided(reply, DECLINE, 0, OptionalDouble.empty());
      }
      Evidence best = ranked.get(0);
      String decision =
          reply instanceof NoAnswer ? DECLINE : best.rule().map(Enum::name).orElse(DECLINE);
      return new Decided(reply, decision, best.coverage(), best.similarity());
    }
  }

  /** The decision of a question no passage answers. */
  public static final String DECLINE = "DECLINE";

  /**
   * The terms of {@code text} that say what it is about: its content words (question words and
   * filler removed, as for searching) as the search analyses them. Questions asked in different
   * words about one thing share them.
   */
  public List<String> contentTerms(String text) {
    List<String> words = QuestionReader.read(text).words();
    return words.isEmpty() ? List.of() : knowledge.terms(String.join(" ", words));
  }

  /** The candidates of {@code text} with every signal and the rule that decided, for organizers. */
  public String explain(String text) {
    Question question = QuestionReader.read(text);
    Intent intent = Intent.of(question.text());
    List<Evidence> ranked = search(question.text(), question.words(), question.phrases(), intent);
    StringBuilder out = new StringBuilder();
    out.append("words ").append(question.words()).append(" · intent ").append(intent).append('\n');
    for (Evidence e : ranked) {
      out.append(
          String.format(
              "%s %-40s rank %.2f · coverage %.2f · similarity %s · words #%s · meaning #%s · fit %.2f%s · score %.2f%s%n",
              e.answers() ? "*" : " ",
              e.hit().source().id()
                  + e.hit()
                      .source()
                      .section()
                      .map(s -> " › " + s.lines().findFirst().orElse(""))
                      .orElse(""),
              e.rank(),
              e.coverage(),
              e.similarity().isPresent()
                  ? String.format("%.2f", e.similarity().getAsDouble())
                  : "-",
              rank(e.hit().retrieval().lexicalRank()),
              rank(e.hit().retrieval().semanticRank()),
              e.intentFit(),
              e.headedByAsk()
                  ? " (states it, under a heading that asks it)"
                  : e.statesAskedKind() && intent.asksForSomething() ? " (states it)" : "",
              e.relativeScore(),
              e.rule().map(r -> " · answers by " + r).orElse("")));
    }
    out.append(
        confident(ranked)
            ? "decision: answer from " + ranked.get(0).hit().source().id()
            : "decision: decline");
    return out.toString();
  }

  private static String rank(int rank) {
    return rank < 0 ? "-" : Integer.toString(rank + 1);
  }

  private List<Evidence> search(
      String text, List<String> words, List<String> phrases, Intent intent) {
    List<PassageHit> hits =
        knowledge.search(new PassageQuery(text, words, phrases, policy.candidates()));
    float top = (float) hits.stream().mapToDouble(PassageHit::score).max().orElse(0);
    double topSimilarity =
        hits.stream().mapToDouble(h -> h.retrieval().similarity().orElse(0)).max().orElse(0);
    List<Evidence> evidence = new ArrayList<>();
    for (PassageHit hit : hits) {
      evidence.add(Evidence.of(hit, words, intent, top, topSimilarity, policy));
    }
    // Only hits that answer by a rule of the policy compete; among them one that states what was
    // asked (a date for "when") before one that only holds the words, then the best-ranked.
    evidence.sort(
        Comparator.comparing(Evidence::answers)
            .thenComparing(Evidence::statesAskedKind)
            .thenComparing(Evidence::headedByAsk)
            .thenComparingDouble(Evidence::rank)
            .reversed());
    return evidence;
  }

  private static String correctedText(String text, Map<String, String> corrections) {
    String corrected = text;
    for (Map.Entry<String, String> entry : corrections.entrySet()) {
      // Whole words only: a correction of "shutle" must not touch a longer word that holds it.
      corrected =
          corrected.replaceAll(
              "(?<![\\p{L}\\p{N}])"
                  + java.util.regex.Pattern.quote(entry.getKey())
                  + "(?![\\p{L}\\p{N}])",
              java.util.regex.Matcher.quoteReplacement(entry.getValue()));
    }
    return corrected;
  }

  private static boolean confident(List<Evidence> ranked) {
    return !ranked.isEmpty() && ranked.get(0).answers();
  }

  private Reply answer(
      List<Evidence> ranked, List<String> words, Intent intent, List<String> notes) {
    Evidence best = ranked.get(0);
    Snippet text = quote(best.hit(), intent, ANSWER_CHARS);
    List<Answer.AlsoIn> also = new ArrayList<>();
    Set<String> cited = new LinkedHashSet<>();
    cited.add(best.hit().source().id());
    // Other documents that answer too, each by its best passage: they may say something
    // different, and attendees should see that rather than one version picked for them.
    for (Evidence other : ranked.subList(1, ranked.size())) {
      if (also.size() == MAX_ALSO) {
        break;
      }
      boolean answersToo = other.answers() && (!intent.asksForSomething() || other.intentFit() > 0);
      // One schedule entry at most: the next occurrences of a recurring session say nothing new.
      boolean session = other.hit().kind() == PassageHit.Kind.SESSION;
      boolean sessionShown = best.hit().kind() == PassageHit.Kind.SESSION || sessionsInAlso(also);
      if (answersToo && !(session && sessionShown) && cited.add(other.hit().source().id())) {
        also.add(new Answer.AlsoIn(quote(other.hit(), intent, ALSO_CHARS), other.hit().source()));
      }
    }
    if (disagree(intent, text, also)) {
      notes.add(0, "The sources differ on this: each says it below.");
    }
    return new Answer(text, best.hit().source(), also, notes);
  }

  /**
   * Whether another document that answers too states a different date, place, person or number than
   * the quote: attendees then see that first, not one version picked for them.
   */
  private static boolean disagree(Intent intent, Snippet text, List<Answer.AlsoIn> also) {
    Set<String> stated = intent.valuesIn(text.text());
    if (stated.isEmpty()) {
      return false;
    }
    return also.stream()
        .map(other -> intent.valuesIn(other.text().text()))
        .anyMatch(values -> !values.isEmpty() && java.util.Collections.disjoint(values, stated));
  }

  private static boolean sessionsInAlso(List<Answer.AlsoIn> also) {
    return also.stream().anyMatch(a -> SessionId.isSession(a.source().id()));
  }

  /** The sentences to show: for a session, its card first; for a document, the best window. */
  private Snippet quote(PassageHit hit, Intent intent, int maxChars) {
    Snippet window =
        AnswerWindow.choose(hit.text(), intent, maxChars, AnswerWindow.headingChars(hit));
    if (hit.kind() != PassageHit.Kind.SESSION) {
      return window;
    }
    String card =
        session(hit.source())
            .map(s -> SessionLine.of(s, conference.zone()))
            .orElse(hit.source().title());
    if (window.text().isBlank()) {
      return Snippet.plain(card);
    }
    String separator = "\n";
    List<Snippet.Span> spans =
        window.emphasis().stream()
            .map(
                s ->
                    new Snippet.Span(
                        s.start() + card.length() + separator.length(),
                        s.end() + card.length() + separator.length()))
            .toList();
    return SnippetTrimmer.trim(new Snippet(card + separator + window.text(), spans), maxChars);
  }

  private Optional<Session> session(Source source) {
    String id = source.id().substring(source.id().indexOf(':') + 1);
    Schedule schedule = knowledge.schedule();
    SessionsById index = sessionsById;
    if (index.schedule() != schedule) {
      // Made once per schedule (a reload gives a new one), not searched per question.
      index = SessionsById.of(schedule);
      sessionsById = index;
    }
    return Optional.ofNullable(index.sessions().get(id));
  }

  /** The sessions of one schedule by id. */
  private record SessionsById(Schedule schedule, Map<String, Session> sessions) {
    static final SessionsById NONE =
        new SessionsById(new Schedule(ZoneOffset.UTC, List.of()), Map.of());

    static SessionsById of(Schedule schedule) {
      Map<String, Session> sessions = new HashMap<>();
      schedule.sessions().forEach(session -> sessions.putIfAbsent(session.id(), session));
      return new SessionsById(schedule, sessions);
    }
  }

  /**
   * For each word no hit contains, the material's closest spelling of it, if any; at most {@value
   * #MAX_CORRECTIONS} words are looked up, which bounds what a garbled question costs.
   */
  private Map<String, String> corrections(List<String> words, List<Evidence> ranked) {
    Map<String, String> corrections = new LinkedHashMap<>();
    int lookups = 0;
    for (String word : words) {
      if (lookups++ == MAX_CORRECTIONS) {
        break;
      }
      boolean found = ranked.stream().anyMatch(e -> e.hit().matchedWords().contains(word));
      if (!found) {
        knowledge.spellings(word, 1).stream().findFirst().ifPresent(s -> corrections.put(word, s));
      }
    }
    return corrections;
  }

  /** Up to three sources that share some of the question's words: where to look next. */
  private List<Source> closest(List<Evidence> ranked) {
    Set<String> seen = new LinkedHashSet<>();
    List<Source> closest = new ArrayList<>();
    for (Evidence evidence : ranked) {
      if (closest.size() < 3
          && evidence.coverage() >= policy.minCoverage() / 2
          && seen.add(evidence.hit().source().id())) {
        closest.add(evidence.hit().source());
      }
    }
    return closest;
  }

  private static List<String> adjacentPairs(List<String> words) {
    List<String> pairs = new ArrayList<>();
    for (int i = 1; i < words.size(); i++) {
      pairs.add(words.get(i - 1) + " " + words.get(i));
    }
    return pairs;
  }

  private NoAnswer noAnswer(
      List<String> notes, List<String> didYouMean, List<Source> closest, String message) {
    return new NoAnswer(message, conference.help(), didYouMean, closest, notes);
  }
}
