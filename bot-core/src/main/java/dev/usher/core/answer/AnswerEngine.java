package dev.usher.core.answer;

import dev.usher.core.conference.Conference;
import dev.usher.core.knowledge.Knowledge;
import dev.usher.core.knowledge.PassageHit;
import dev.usher.core.knowledge.PassageQuery;
import dev.usher.core.reply.Answer;
import dev.usher.core.reply.NoAnswer;
import dev.usher.core.reply.Reply;
import java.util.Arrays;
import java.util.List;

/** Answers free-text questions from the documents, or says it does not know. Thread-safe. */
public final class AnswerEngine {
  private final Conference conference;
  private final Knowledge knowledge;

  public AnswerEngine(Conference conference, Knowledge knowledge) {
    this.conference = conference;
    this.knowledge = knowledge;
  }

  public Reply answer(String question) {
    List<String> words = Arrays.stream(question.split("\\W+")).filter(w -> !w.isBlank()).toList();
    if (words.isEmpty()) {
      return noAnswer();
    }
    List<PassageHit> hits = knowledge.search(new PassageQuery(words, List.of(), 5));
    if (hits.isEmpty()) {
      return noAnswer();
    }
    PassageHit best = hits.get(0);
    return new Answer(best.snippet(), best.source(), List.of(), List.of());
  }

  private NoAnswer noAnswer() {
    return new NoAnswer(
        "I couldn't find that in the conference material.",
        conference.help(),
        List.of(),
        List.of(),
        List.of());
  }
}
